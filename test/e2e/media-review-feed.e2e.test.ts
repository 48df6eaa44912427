import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { letterPdf } from '../../packages/images/src/pdf.fixtures';
import { loaded, makeFolder, seriousViolations, signIn, waitForSummary } from './media-e2e-helpers';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

describeBrowser('media, the whole story: a partner uploads a folder and fixes a match, staff approve, the sponsor sees the photo', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let folder: string;
  jest.setTimeout(300_000);

  beforeAll(async () => {
    // Amani (KE-0001) is named in the file; the portrait nobody named shows Baraka (KE-0002). Anna sponsors both.
    // Chiku's (KE-0003) three-page scanned letter comes along as a PDF.
    folder = makeFolder('Kibera visit March', {
      'KE-0001 Amani at school.jpg': { fixture: 'hdr-iphone_hdr_YES.jpg' },
      'IMG_2041.jpg': { fixture: 'orientation-portrait_1.jpg' },
      'KE-0003 letter.pdf': { bytes: await letterPdf() },
    });
    // A fresh embedded database, migrations and seeding: slow on a busy 2-core machine.
    portal = await startPortal({}, { readyTimeoutMs: 170_000 });
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    if (folder) fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it('goes from a folder upload with one fixed match, through review, to the photo in the sponsor feed, opened full size', async () => {
    // The partner sends the folder; the portal's own worker converts and matches.
    const partner = await (await browser.newContext()).newPage();
    await signIn(partner, portal.baseUrl, 'partner', 'partner.kenya@demo.portal', 'Children');
    await partner.getByRole('navigation').getByRole('link', { name: 'Upload photos' }).click();
    await partner.getByRole('heading', { level: 1, name: 'Upload photos' }).waitFor();
    await partner.getByLabel('Choose a folder').setInputFiles(folder);
    await partner.getByRole('status').filter({ hasText: /^3 of 3 files sent/ }).waitFor({ timeout: 60_000 });
    await waitForSummary(partner, { Matched: '2', 'Needs attention': '1', Failed: '0', 'Being processed': '0' });

    // The photo nobody named: found by the child's name, fixed in one click.
    const item = partner.locator('.attention-item').filter({ hasText: 'IMG_2041.jpg' });
    await item.getByRole('img', { name: 'Photo from IMG_2041.jpg' }).waitFor();
    await item.getByLabel('Find the child for IMG_2041.jpg').fill('baraka');
    await item.getByRole('button', { name: /^This is Baraka.*\(KE-0002\)$/ }).click();
    await waitForSummary(partner, { Matched: '3', 'Needs attention': '0' }, 15_000);

    // Staff check the photos and the letter (page 1 shown, every page a click away) and approve them together.
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, portal.baseUrl, 'admin', 'reviewer@demo.portal', 'Children');
    await admin.getByRole('navigation').getByRole('link', { name: 'Photos' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Photos to review' }).waitFor();
    for (const thumb of ['photo of Amani (KE-0001)', 'photo of Baraka (KE-0002)', 'photo of Chiku (KE-0003)']) await admin.getByRole('img', { name: thumb, exact: true }).waitFor();
    await admin.waitForFunction(() => [...document.querySelectorAll('.media-grid img')].every((i) => (i as HTMLImageElement).naturalWidth > 0));
    const fixedCard = admin.locator('.media-card').filter({ has: admin.getByRole('img', { name: 'photo of Baraka (KE-0002)', exact: true }) });
    expect(await fixedCard.getByText(/Match: /).innerText()).toMatch(/Assigned by the partner/);
    const letterCard = admin.locator('.media-card').filter({ has: admin.getByRole('img', { name: 'photo of Chiku (KE-0003)', exact: true }) });
    const letterLink = letterCard.getByRole('link', { name: 'Read the whole letter (PDF, 3 pages)' });
    const pdf = await fetch(new URL((await letterLink.getAttribute('href'))!, portal.baseUrl));
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await admin.locator('.media-card').getByRole('link').count()).toBe(1);
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByLabel('Select all shown').check();
    await admin.getByRole('button', { name: 'Approve selected (3)' }).click();
    await admin.getByText('3 photos were approved and released to sponsors.').waitFor();
    await admin.getByText('No photos are waiting for review.').waitFor();

    // Anna, who sponsors both, finds them in News; the fixed one opens full size (the portrait it was).
    const sponsor = await (await browser.newContext()).newPage();
    await signIn(sponsor, portal.baseUrl, 'sponsor', 'anna.miller@demo.portal', 'My children');
    await sponsor.getByRole('navigation').getByRole('link', { name: 'News' }).click();
    await sponsor.getByRole('heading', { level: 1, name: 'News' }).waitFor();
    for (const heading of ['New photo of Amani', 'New photo of Baraka']) await sponsor.getByRole('heading', { level: 2, name: heading }).waitFor();
    await sponsor.waitForFunction(() => [...document.querySelectorAll('.feed-thumb img')].every((i) => (i as HTMLImageElement).naturalWidth > 0));
    expect(await loaded(sponsor, 'New photo of Baraka')).toBe(true);
    expect(await seriousViolations(sponsor)).toEqual([]);

    await sponsor.getByRole('button', { name: 'Open New photo of Baraka full size' }).click();
    const dialog = sponsor.getByRole('dialog');
    const full = dialog.getByRole('img', { name: 'New photo of Baraka, full size' });
    await full.waitFor();
    await sponsor.waitForFunction(() => { const i = document.querySelector('dialog img') as HTMLImageElement | null; return !!i && i.complete && i.naturalWidth > 0; });
    const size = await full.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight, src: img.src }));
    expect(size.h).toBeGreaterThan(size.w);
    expect(size.h).toBeGreaterThan(400);
    expect(size.src).toMatch(/display\.webp/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
