import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { signIn, seriousViolations } from './portal-pages';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

const TITLE = 'Donation statement 2026';
const CONTENT = '%PDF-1.4\nStatement for the Miller household: 360 EUR in 2026.\n';

async function openDocuments(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
  await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
}

describeBrowser('documents: staff publish a statement and the sponsor downloads it', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let sponsor: Page;
  let admin: Page;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium(chromiumPath!);
    sponsor = await (await browser.newContext({ acceptDownloads: true })).newPage();
    admin = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('staff: publish a donation statement for one sponsor account', async () => {
    await signIn(admin, portal.baseUrl, 'admin', 'admin@demo.portal', 'Children');
    await openDocuments(admin);
    const form = admin.locator('form.document-upload');
    await form.getByLabel('Type').selectOption({ label: 'Donation statements' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Who is it for?').selectOption({ label: 'One sponsor account' });
    await form.getByLabel('One sponsor account').selectOption({ label: 'Miller household' });
    await form.getByLabel(/^File/).setInputFiles({ name: 'statement-2026.pdf', mimeType: 'application/pdf', buffer: Buffer.from(CONTENT) });
    await form.getByRole('button', { name: 'Publish' }).click();
    await admin.getByText('Published. Its audience has been notified.').waitFor();
    // It is in the library, for the Miller household.
    await admin.getByText('For: Miller household').first().waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('sponsor: finds it in Documents, searches it by title and downloads the file', async () => {
    await signIn(sponsor, portal.baseUrl, 'sponsor', 'anna.miller@demo.portal', 'My children');
    await openDocuments(sponsor);
    await sponsor.getByRole('heading', { level: 2, name: 'Donation statements' }).waitFor();
    await sponsor.getByLabel('Search by title').fill('statement 2026');
    const download = sponsor.getByRole('button', { name: `Download ${TITLE}` });
    await download.waitFor();
    expect(await seriousViolations(sponsor)).toEqual([]);
    const [file] = await Promise.all([sponsor.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('statement-2026.pdf');
    expect(fs.readFileSync((await file.path())!, 'utf8')).toBe(CONTENT);
    // Another sponsor's search finds nothing: the statement is the Millers' alone.
    await sponsor.getByLabel('Search by title').fill('no such document');
    await sponsor.getByText('Nothing matches: try other words or all types.').waitFor();
  });
});
