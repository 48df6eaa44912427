import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { makeFolder, PASSWORD, waitForSummary } from './media-e2e-helpers';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

// sharp comes with @portal/images; here it makes a large photo that does not compress.
type Sharp = { jpeg(o: object): Sharp; toFile(path: string): Promise<unknown> };
const sharp = createRequire(require.resolve('@portal/images'))('sharp') as (input: Buffer, o: object) => Sharp;

/** A visit folder as a partner's laptop has it: child codes in the file names, one photo nobody named, one broken file. */
const makeVisitFolder = (): string =>
  makeFolder('Kibera visit March', {
    'KE-0001 Amani at school.jpg': { fixture: 'hdr-iphone_hdr_YES.jpg' },
    'ke0002_garden.jpg': { fixture: 'orientation-landscape_6.jpg' },
    'IMG_2041.jpg': { fixture: 'orientation-portrait_1.jpg' },
    'KE-0004 scan.jpg': { text: 'not a photo: the camera card was corrupted '.repeat(40) },
  });

describeBrowser('partner uploads: a visit folder is shrunk, sent, matched, and the uncertain photo fixed', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page;
  let folder: string;
  jest.setTimeout(180_000);

  beforeAll(async () => {
    folder = makeVisitFolder();
    portal = await startPortal();
    browser = await launchChromium(chromiumPath!);
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it('sends a folder with progress, keeps going past a broken file, survives a reload, and fixes the needs-attention photo', async () => {
    await page.goto(`${portal.baseUrl}/partner/`);
    await page.getByLabel('Email').fill('partner.kenya@demo.portal');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Upload photos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Upload photos' }).waitFor();

    // The whole folder, as with the "Choose a folder" button.
    await page.getByLabel('Choose a folder').setInputFiles(folder);
    const progress = page.getByRole('status').filter({ hasText: 'files sent' });
    await progress.filter({ hasText: /^4 of 4 files sent/ }).waitFor({ timeout: 60_000 });
    // The 3264 px phone photo was shrunk before it left the browser.
    await expect(progress.textContent()).resolves.toMatch(/MB saved by shrinking photos/);
    expect(await page.getByRole('progressbar', { name: 'Batch progress' }).evaluate((p: HTMLProgressElement) => p.value === p.max)).toBe(true);
    expect(await page.getByRole('progressbar', { name: 'Progress of IMG_2041.jpg' }).count()).toBe(1);
    // Sent means stored, not yet processed: the broken file is sent like the others and fails alone on the server.
    await waitForSummary(page, { Matched: '2', 'Needs attention': '1', Failed: '1', 'Being processed': '0' });
    await page.getByText('KE-0004 scan.jpg', { exact: true }).first().waitFor();
    expect(await page.locator('.upload-failures').textContent()).toMatch(/KE-0004 scan\.jpg/);

    // The queue and the batch are kept in the browser: a reload shows them again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Upload photos' }).waitFor();
    await progress.filter({ hasText: /^4 of 4 files sent/ }).waitFor();
    await waitForSummary(page, { Matched: '2', 'Needs attention': '1' });

    // Fix the photo nobody named: search by code, one click.
    const item = page.locator('.attention-item').filter({ hasText: 'IMG_2041.jpg' });
    await item.getByRole('img', { name: 'Photo from IMG_2041.jpg' }).waitFor();
    expect(await item.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await item.getByLabel('Find the child for IMG_2041.jpg').fill('KE-0003');
    await item.getByRole('button', { name: /^This is .*\(KE-0003\)$/ }).click();
    await waitForSummary(page, { Matched: '3', 'Needs attention': '0' }, 15_000);
    expect(await page.locator('.attention-item').count()).toBe(0);

    // What was sent for the phone photo (kept in IndexedDB) is at most 2560 px and smaller than the original.
    const sent = await page.evaluate(
      () =>
        new Promise<{ width: number; height: number; size: number; originalSize: number }>((resolve, reject) => {
          const open = indexedDB.open('portal-partner-uploads');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('files').objectStore('files').getAll();
            all.onsuccess = async () => {
              const file = all.result.find((f: { name: string }) => f.name === 'KE-0001 Amani at school.jpg');
              const bitmap = await createImageBitmap(file.blob);
              resolve({ width: bitmap.width, height: bitmap.height, size: file.blob.size, originalSize: file.originalSize });
            };
          };
        }),
    );
    expect(Math.max(sent.width, sent.height)).toBe(2560);
    expect(sent.size).toBeLessThan(sent.originalSize);
  });

  it('sends a large file in parts and, after the connection drops and the page reloads, resumes without resending finished parts', async () => {
    await page.getByRole('button', { name: 'Start a new batch' }).click();
    const big = path.join(path.dirname(folder), 'KE-0005 school report.jpg');
    // 2400 px needs no shrinking: about 12 MB of noise, three 5 MiB parts.
    await sharp(randomBytes(2400 * 1800 * 3), { raw: { width: 2400, height: 1800, channels: 3 } }).jpeg({ quality: 100, chromaSubsampling: '4:4:4' }).toFile(big);
    const partOf = (url: string) => {
      const params = new URL(url).searchParams;
      return Number(params.get('X-Part-Number') ?? params.get('partNumber') ?? 0);
    };
    const partRequests: number[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && partOf(r.url())) partRequests.push(partOf(r.url()));
    });
    // The line drops while part 2 is on its way.
    let dropped = false;
    await page.route('**/storage/**', async (route) => {
      if (route.request().method() === 'PUT' && partOf(route.request().url()) === 2 && !dropped) {
        dropped = true;
        return route.abort('connectionreset');
      }
      return route.continue();
    });

    await page.getByLabel('Choose photos').setInputFiles(big);
    const row = page.locator('.upload-row').filter({ hasText: 'KE-0005 school report.jpg' });
    await row.getByText('The connection was lost', { exact: false }).waitFor({ timeout: 60_000 });
    expect(partRequests).toEqual([1, 2]);

    // The partner closes the laptop; later the page opens again with the file still in the queue.
    await page.reload();
    await row.getByText('Failed', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Retry KE-0005 school report.jpg' }).click();
    await page.getByRole('status').filter({ hasText: /^1 of 1 files sent/ }).waitFor({ timeout: 60_000 });
    // Part 1 went over the wire once; after the drop only parts 2 and 3.
    expect(partRequests).toEqual([1, 2, 2, 3]);
    await waitForSummary(page, { Matched: '1', 'Being processed': '0' });
    await page.unrouteAll();
  });
});
