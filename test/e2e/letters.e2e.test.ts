import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { drawnText, qrCodesIn } from '../../apps/api/src/modules/letters/print-pack.fixtures';
import { findChromium, launchChromium } from './browser';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

const PASSWORD = 'portal-demo-2026';
const LETTER = `Hello {{childFirstName}}, our garden is full of tomatoes this year. (${Date.now()})`;
const WRITTEN = LETTER.replace('{{childFirstName}}', 'Amani');
const SECOND = 'Dear {{childFirstName}}, I hope school is going well. Love, Anna Miller';
const REPLY = 'Thank you for your letter, we have tomatoes too!';
const PDF_REPLY = 'Three pages about the school garden, scanned as a PDF.';

// The API's own image and QR libraries make the "photographed" reply below.
const apiRequire = createRequire(path.resolve(__dirname, '../../apps/api/package.json'));
const sharp = apiRequire('sharp') as typeof import('sharp');
const QRCode = apiRequire('qrcode') as typeof import('qrcode');
const { PDFDocument, StandardFonts } = apiRequire('pdf-lib') as typeof import('pdf-lib');

/** A three-page reply as a scanner app saves it, its document info naming the child. */
async function scannedPdfReply(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle('Letter from Amani, Kibera');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n++) doc.addPage([595, 842]).drawText(`Dear Anna, page ${n}. (${Date.now()})`, { x: 60, y: 760, size: 18, font });
  return Buffer.from(await doc.save());
}

/** A phone photo of the child's reply written on the printed letter: its print-pack QR code, turned a little. */
async function photographedReply(letterId: string, childCode: string): Promise<Buffer> {
  const png = await QRCode.toBuffer(`PORTAL-LETTER:${letterId}:${childCode}`, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const qr = await sharp(png).resize({ width: 300 }).rotate(-4, { background: '#f4efe4' }).toBuffer();
  return sharp({ create: { width: 1400, height: 1900, channels: 3, background: '#efe9dc' } })
    .composite([{ input: qr, left: 1000, top: 100 }])
    .blur(0.8)
    .jpeg({ quality: 82 })
    .toBuffer();
}

/** The natural width of an image once it has loaded from its signed link. */
function loadedWidth(img: import('playwright-core').Locator): Promise<number> {
  return img.evaluate((el) => (el as HTMLImageElement).decode().then(() => (el as HTMLImageElement).naturalWidth));
}

async function signIn(page: Page, baseUrl: string, app: string, email: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (app === 'admin') await enrollTwoFactor(page);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Staff set up an authenticator app at first sign-in (as in spas.e2e.test.ts). */
async function enrollTwoFactor(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
  const secret = (await page.locator('.secret-key').innerText()).replace(/\s/g, '');
  await page.getByLabel('Authentication code').fill(TOTP.generate({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' }));
  await page.getByRole('button', { name: 'Verify code' }).click();
  await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
  await page.getByRole('button', { name: 'I have saved them — continue' }).click();
}

async function openLetters(page: Page, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Letters' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describeBrowser('letters: sponsor writes, staff approve, partner prints and delivers', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let sponsorContext: BrowserContext;
  let sponsor: Page;
  let admin: Page;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium(chromiumPath!);
    sponsorContext = await browser.newContext();
    sponsor = await sponsorContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('sponsor: writes to one child, sees the safeguarding warning, sends it for review', async () => {
    await signIn(sponsor, portal.baseUrl, 'sponsor', 'anna.miller@demo.portal', 'My children');
    await openLetters(sponsor, 'Letters');
    await sponsor.getByText('No letters yet.').waitFor();
    expect(await seriousViolations(sponsor)).toEqual([]);

    await sponsor.getByRole('button', { name: 'Write a letter' }).click();
    await sponsor.getByRole('heading', { level: 1, name: 'Write a letter' }).waitFor();
    await sponsor.getByRole('checkbox', { name: /Amani/ }).check();
    const body = sponsor.getByLabel('Your letter');
    await body.fill(`${LETTER} Write to me at anna@example.com`);
    const warning = sponsor.getByText('Please remove email addresses', { exact: false });
    await warning.waitFor();
    await sponsor.getByText('(“anna@example.com”)').waitFor();
    expect(await seriousViolations(sponsor)).toEqual([]);

    await body.fill(LETTER);
    await warning.waitFor({ state: 'detached' });
    // A photo with the letter, once its draft exists: staff and the partner see it.
    const photo = await sharp({ create: { width: 480, height: 360, channels: 3, background: '#e9c46a' } }).jpeg().toBuffer();
    await sponsor.getByLabel(/^Photos \(0 of 3\)/).setInputFiles({ name: 'garden.jpg', mimeType: 'image/jpeg', buffer: photo });
    await sponsor.getByRole('status').filter({ hasText: 'Photo added.' }).waitFor();
    await sponsor.getByRole('button', { name: 'Send for review' }).click();

    await sponsor.getByRole('status').filter({ hasText: 'Your letter was sent for review.' }).waitFor();
    const row = sponsor.getByRole('listitem').filter({ hasText: WRITTEN });
    await row.getByText('Sent for review').waitFor();
    await row.getByText('Next: Our review team').waitFor();

    await row.getByRole('button', { name: /To Amani/ }).click();
    await sponsor.getByRole('heading', { level: 1, name: 'Letter to Amani' }).waitFor();
    const timeline = sponsor.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Sent for review').waitFor();
    expect(await seriousViolations(sponsor)).toEqual([]);

    // A second letter, to another child, that staff will send back.
    await sponsor.getByRole('button', { name: 'Back to letters' }).click();
    await sponsor.getByRole('button', { name: 'Write a letter' }).click();
    await sponsor.getByRole('checkbox', { name: /Baraka/ }).check();
    await sponsor.getByLabel('Your letter').fill(SECOND);
    await sponsor.getByRole('button', { name: 'Send for review' }).click();
    await sponsor.getByRole('status').filter({ hasText: 'Your letter was sent for review.' }).waitFor();

    // A third one sent despite its warning: staff see it flagged.
    await sponsor.getByRole('button', { name: 'Write a letter' }).click();
    await sponsor.getByRole('checkbox', { name: /Akello/ }).check();
    await sponsor.getByLabel('Your letter').fill('Hi {{childFirstName}}, write to me at anna@example.com');
    await sponsor.getByText('Please remove email addresses', { exact: false }).waitFor();
    await sponsor.getByRole('button', { name: 'Send for review' }).click();
    await sponsor.getByRole('status').filter({ hasText: 'Your letter was sent for review.' }).waitFor();
  });

  it('admin: approves the letter in the review queue and sends the other back with a reason', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    admin = page;
    await signIn(page, portal.baseUrl, 'admin', 'admin@demo.portal', 'Children');
    await openLetters(page, 'Letters to review');
    const item = page.getByRole('listitem').filter({ hasText: WRITTEN });
    await item.waitFor();
    await item.getByRole('heading', { name: 'To Amani (KE-0001) from Anna' }).waitFor();
    // The sponsor's photo, as a thumbnail that opens full size.
    const thumb = item.getByRole('link', { name: 'Photo 1 of 1, open full size' });
    await thumb.waitFor();
    expect(await thumb.getAttribute('target')).toBe('_blank');
    await expect(loadedWidth(item.getByRole('img', { name: 'Photo 1 of 1, open full size' }))).resolves.toBe(480);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByText('3 letters waiting, 1 flagged.').waitFor();
    const flagged = page.getByRole('listitem').filter({ hasText: 'anna@example.com' });
    await flagged.getByText('Flagged', { exact: true }).waitFor();
    await flagged.locator('mark', { hasText: 'anna@example.com' }).waitFor();

    await page.getByRole('checkbox', { name: 'Flagged only' }).check();
    await page.getByText('1 letter waiting, 1 flagged.').waitFor();
    await page.getByRole('checkbox', { name: 'Flagged only' }).uncheck();
    await page.getByText('3 letters waiting, 1 flagged.').waitFor();

    // Bulk approval refuses the flagged letter and says why, next to it and above the list.
    await item.getByRole('checkbox', { name: /^Select/ }).check();
    await flagged.getByRole('checkbox', { name: /^Select/ }).check();
    await page.getByRole('button', { name: 'Approve selected (2)' }).click();
    await page.getByRole('status').filter({ hasText: '1 letter was approved.' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'the letter to Akello (UG-0001): This letter has safeguarding flags' }).waitFor();
    await item.waitFor({ state: 'detached' });
    await flagged.getByText('review and approve it on its own', { exact: false }).waitFor();

    const second = page.getByRole('listitem').filter({ hasText: 'I hope school is going well' });
    await second.getByRole('button', { name: /^Request changes/ }).click();
    await second.getByText('Give a reason: the sponsor will read it.').waitFor();
    await second.getByLabel('Reason (for changes or rejection)').fill('Please sign with your first name only.');
    await second.getByRole('button', { name: /^Request changes/ }).click();
    await page.getByRole('status').filter({ hasText: 'was sent back to the sponsor for changes' }).waitFor();
    await page.getByText('1 letter waiting, 1 flagged.').waitFor();
  });

  it('sponsor: reads the reason, edits the letter and sends it again', async () => {
    await sponsor.getByRole('navigation').getByRole('link', { name: 'My children' }).click();
    await openLetters(sponsor, 'Letters');
    const row = sponsor.getByRole('listitem').filter({ hasText: 'I hope school is going well' });
    await row.getByText('Changes requested').waitFor();
    await row.getByRole('button', { name: /To Baraka/ }).click();
    await sponsor.getByText('Please sign with your first name only.').first().waitFor();
    expect(await seriousViolations(sponsor)).toEqual([]);
    await sponsor.getByRole('button', { name: 'Edit and resend' }).click();
    await sponsor.getByRole('heading', { level: 1, name: 'Edit your letter to Baraka' }).waitFor();
    await sponsor.getByLabel('Your letter').fill(SECOND.replace('Anna Miller', 'Anna'));
    await sponsor.getByRole('button', { name: 'Send for review' }).click();
    await sponsor.getByRole('status').filter({ hasText: 'Your letter was sent for review.' }).waitFor();
    await sponsor.getByText('Next: Our review team').waitFor();
  });

  it('partner: downloads the print pack, marks the letter printed then delivered', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'partner', 'partner.kenya@demo.portal', 'Children');
    await openLetters(page, 'Letters');
    const letter = page.getByRole('checkbox', { name: 'Letter to Amani (KE-0001) from Anna' });
    await letter.waitFor();
    await expect(loadedWidth(page.getByRole('img', { name: 'Photo 1 of 1, open full size' }))).resolves.toBe(480);
    expect(await seriousViolations(page)).toEqual([]);

    await letter.check();
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/letters/print-pack.pdf')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download print pack/ }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    // The pack holds the letter's text and a QR code that decodes to the letter.
    const pdf = fs.readFileSync(await download.path());
    const printedId = new URL(response.url()).searchParams.get('ids')!;
    expect(drawnText(pdf).join(' ')).toContain(WRITTEN);
    expect(qrCodesIn(pdf)).toEqual([`PORTAL-LETTER:${printedId}:KE-0001`]);
    await page.getByRole('status').filter({ hasText: 'with 1 letter' }).waitFor();

    await page.getByRole('button', { name: 'Mark printed' }).click();
    await page.getByRole('status').filter({ hasText: '1 letter marked printed.' }).waitFor();
    await page.getByText('No letters to print.').waitFor();

    await page.getByRole('radio', { name: 'Printed, to hand over' }).check();
    await letter.check();
    await page.getByRole('button', { name: 'Mark delivered' }).click();
    await page.getByRole('status').filter({ hasText: '1 letter marked delivered.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A child's reply: its photo is matched to the letter by the print-pack QR code, and sent with it as the letter itself.
    const letterId = new URL(response.url()).searchParams.get('ids')!;
    await page.getByLabel('Scan of the reply', { exact: true }).setInputFiles({ name: 'reply.jpg', mimeType: 'image/jpeg', buffer: await photographedReply(letterId, 'KE-0001') });
    await page.getByRole('status').filter({ hasText: 'Reply to the letter to Amani (KE-0001).' }).waitFor();
    await page.getByText('In reply to: the letter to Amani (KE-0001)').waitFor();
    expect(await page.getByRole('radio', { name: /KE-0001/ }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Reply text (optional with a scan)').fill(REPLY);
    await page.getByRole('button', { name: 'Record reply' }).click();
    await page.getByRole('status').filter({ hasText: 'The reply and its scan were recorded' }).waitFor();
    const recorded = page.getByRole('region', { name: 'Replies recorded' }).getByRole('listitem').filter({ hasText: REPLY });
    await recorded.getByText('From Amani (KE-0001) to Anna').waitFor();
    await recorded.getByText('Waiting for the team').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A three-page PDF scan: no QR code is read from a PDF, so the child is chosen by hand.
    await page.getByLabel('Scan of the reply', { exact: true }).setInputFiles({ name: 'reply.pdf', mimeType: 'application/pdf', buffer: await scannedPdfReply() });
    await page.getByRole('status').filter({ hasText: 'No print-pack QR code was found' }).waitFor();
    await page.getByLabel('Find the child').fill('KE-0001');
    await page.getByRole('radio', { name: /KE-0001/ }).check();
    await page.getByLabel('Reply text (optional with a scan)').fill(PDF_REPLY);
    await page.getByRole('button', { name: 'Record reply' }).click();
    await page.getByRole('region', { name: 'Replies recorded' }).getByRole('listitem').filter({ hasText: PDF_REPLY }).waitFor();
    await context.close();
  });

  it('admin: checks the scan of the reply and releases it to the sponsor', async () => {
    const reply = admin.getByRole('listitem').filter({ hasText: REPLY });
    const scan = reply.getByRole('img', { name: /^Scan of / });
    // The worker converts the scan in the background: reload until the review screen shows it.
    for (let i = 0; i < 40; i++) {
      await admin.reload();
      await reply.getByRole('heading', { name: 'From Amani (KE-0001) to Anna' }).waitFor();
      if (await scan.count()) break;
      await admin.waitForTimeout(1500);
    }
    expect(await loadedWidth(scan)).toBeGreaterThan(500);
    expect(await reply.getByRole('link', { name: 'Open the scan full size' }).getAttribute('target')).toBe('_blank');
    // The letter sent back and sent again shows its review history.
    const resent = admin.getByRole('listitem').filter({ hasText: 'I hope school is going well' });
    await resent.getByText('Review history (1)').click();
    await resent.getByText(/^Changes requested by .+ — “Please sign with your first name only\.”$/).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await reply.getByRole('button', { name: /^Approve/ }).click();
    await admin.getByRole('status').filter({ hasText: 'released to the sponsor' }).waitFor();

    // The PDF reply shows page 1; the reviewer reads every page of the cleaned PDF before releasing it.
    const pdfReply = admin.getByRole('listitem').filter({ hasText: PDF_REPLY });
    const whole = pdfReply.getByRole('button', { name: 'Read the whole letter (PDF, 3 pages)' });
    for (let i = 0; i < 40; i++) {
      if (await whole.count()) break;
      await admin.waitForTimeout(1500);
      await admin.reload();
      await pdfReply.getByRole('heading', { name: 'From Amani (KE-0001) to Anna' }).waitFor();
    }
    expect(await loadedWidth(pdfReply.getByRole('img', { name: /^Scan of / }))).toBeGreaterThan(500);
    const [pdfDownload] = await Promise.all([admin.waitForEvent('download'), whole.click()]);
    expect(pdfDownload.suggestedFilename()).toMatch(/^letter-from-KE-0001-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect((await PDFDocument.load(fs.readFileSync(await pdfDownload.path()))).getPageCount()).toBe(3);
    expect(await seriousViolations(admin)).toEqual([]);
    await pdfReply.getByRole('button', { name: /^Approve/ }).click();
    await pdfReply.waitFor({ state: 'detached' });
  });

  it('sponsor: sees "Delivered to Amani" on the timeline and opens the reply', async () => {
    await sponsor.reload();
    await sponsor.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    const row = sponsor.getByRole('listitem').filter({ hasText: WRITTEN });
    await row.getByText('Delivered', { exact: true }).waitFor();
    await row.getByRole('button', { name: /To Amani/ }).click();
    const step = sponsor.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Delivered to Amani' });
    await step.waitFor();
    expect(await step.getAttribute('data-done')).toBe('true');
    expect(await step.innerText()).not.toContain('Not yet');
    expect(await seriousViolations(sponsor)).toEqual([]);

    await sponsor.getByRole('button', { name: 'Back to letters' }).click();
    const reply = sponsor.getByRole('listitem').filter({ hasText: REPLY });
    await reply.getByText('New', { exact: true }).waitFor();
    await reply.getByRole('button', { name: /From Amani/ }).click();
    await sponsor.getByRole('heading', { level: 1, name: 'Letter from Amani' }).waitFor();
    // Opening the reply marks it read; the child's letter is the scan the partner sent: shown, opened, downloaded.
    await sponsor.locator('ol[aria-label="Timeline"] li[data-done="true"]').filter({ hasText: 'Read' }).waitFor();
    const scan = sponsor.getByRole('img', { name: 'The letter Amani wrote, as scanned by the project team' });
    expect(await loadedWidth(scan)).toBeGreaterThan(500);
    const open = sponsor.getByRole('link', { name: 'Open full size' });
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('href')).toBe(await scan.getAttribute('src'));
    const [download] = await Promise.all([sponsor.waitForEvent('download'), sponsor.getByRole('button', { name: 'Download the letter' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^letter-from-KE-0001-\d{4}-\d{2}-\d{2}\.webp$/);
    expect(await seriousViolations(sponsor)).toEqual([]);
    await sponsor.getByRole('button', { name: 'Back to letters' }).click();
    await reply.getByText('Read', { exact: true }).waitFor();

    // The PDF reply downloads whole: all three pages, without the scanner's document info.
    await sponsor.getByRole('listitem').filter({ hasText: PDF_REPLY }).getByRole('button', { name: /From Amani/ }).click();
    await sponsor.getByRole('heading', { level: 1, name: 'Letter from Amani' }).waitFor();
    await sponsor.getByText('Page 1 of 3 is shown: download the letter to read every page.').waitFor();
    const [whole] = await Promise.all([sponsor.waitForEvent('download'), sponsor.getByRole('button', { name: 'Download the letter (PDF, 3 pages)' }).click()]);
    expect(whole.suggestedFilename()).toMatch(/^letter-from-KE-0001-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await PDFDocument.load(fs.readFileSync(await whole.path()), { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.context.trailerInfo.Info).toBeUndefined();
    expect(await seriousViolations(sponsor)).toEqual([]);
    await sponsor.getByRole('button', { name: 'Back to letters' }).click();
    await sponsorContext.close();
  });
  it('the sponsor and partner letter screens fit a phone-sized screen', async () => {
    const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    for (const [app, email] of [['sponsor', 'anna.miller@demo.portal'], ['partner', 'partner.kenya@demo.portal']] as const) {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
      const page = await context.newPage();
      await signIn(page, portal.baseUrl, app, email, app === 'sponsor' ? 'My children' : 'Children');
      await page.goto(`${portal.baseUrl}/${app}/letters`);
      await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      if (app === 'sponsor') {
        await page.getByRole('button', { name: 'Write a letter' }).click();
        await page.getByRole('heading', { level: 1, name: 'Write a letter' }).waitFor();
        expect(await overflow(page)).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });
});
