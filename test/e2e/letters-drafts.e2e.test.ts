import AxeBuilder from '@axe-core/playwright';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

const PASSWORD = 'portal-demo-2026';
const sharp = createRequire(path.resolve(__dirname, '../../apps/api/package.json'))('sharp') as typeof import('sharp');
const STAMP = Date.now();

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describeBrowser('letters: drafts saved while writing, stationery, reopening and deleting a draft', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page;
  let childName: string;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium(chromiumPath!);
    page = await (await browser.newContext()).newPage();
    await page.goto(`${portal.baseUrl}/sponsor/`);
    await page.getByLabel('Email').fill('james.okoro@demo.portal');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My children' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const saved = () => page.getByRole('status').filter({ hasText: /^Saved$/ });
  const openLetters = async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Letters' }).click();
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
  };

  it('saves the letter on its own while it is written, with the chosen stationery shown in the preview', async () => {
    await openLetters();
    await page.getByRole('button', { name: 'Write a letter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Write a letter' }).waitFor();
    const first = page.locator('.child-choices label').first();
    await first.waitFor();
    childName = (await first.innerText()).replace(/\s*\(.*\)\s*$/, '').trim();
    await first.getByRole('checkbox').check();
    await page.getByLabel('Your letter').fill(`Dear {{childFirstName}}, we went to the sea. (${STAMP})`);
    await saved().waitFor();

    // Stationery: the preview changes at once, and the choice is autosaved too.
    await expect(page.locator('.letter-preview').getAttribute('data-stationery')).resolves.toBe('plain');
    await page.getByRole('radio', { name: /Balloons/ }).check();
    await page.locator('.letter-preview[data-stationery="balloons"]').waitFor();
    await page.getByText('Preview: your letter on balloons paper').waitFor();
    await page.getByRole('status').filter({ hasText: 'Saving…' }).or(saved()).first().waitFor();
    await saved().waitFor();
    // A photo, once the draft exists; it comes back without metadata, shown from a signed link.
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a9d8f' } })
      .withExif({ IFD0: { Artist: 'James', ImageDescription: 'at home' } })
      .jpeg()
      .toBuffer();
    await page.getByLabel(/^Photos \(0 of 3\)/).setInputFiles({ name: 'dog.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('status').filter({ hasText: 'Photo added.' }).waitFor();
    const img = page.getByRole('list', { name: 'Attached photos' }).getByRole('img', { name: 'Photo 1' });
    await img.waitFor();
    await expect(img.evaluate((el) => (el as HTMLImageElement).decode().then(() => (el as HTMLImageElement).naturalWidth))).resolves.toBe(640);
    await page.getByLabel(/^Photos \(1 of 3\)/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing was clicked to save: a reload shows the draft in the list, merge field filled in.
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    const row = page.getByRole('listitem').filter({ hasText: `Dear ${childName}, we went to the sea. (${STAMP})` });
    await row.getByText('Draft', { exact: true }).waitFor();
  });

  it('reopens the draft with its stationery, autosaves the changes, and deletes it', async () => {
    const row = page.getByRole('listitem').filter({ hasText: `(${STAMP})` });
    await row.getByRole('button', { name: new RegExp(`To ${childName}`) }).click();
    await page.getByRole('heading', { level: 1, name: `Letter to ${childName}` }).waitFor();
    await page.getByRole('button', { name: 'Edit draft' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit your letter to ${childName}` }).waitFor();
    await expect(page.getByLabel('Your letter').inputValue()).resolves.toBe(`Dear ${childName}, we went to the sea. (${STAMP})`);
    await expect(page.getByRole('radio', { name: /Balloons/ }).isChecked()).resolves.toBe(true);
    await page.getByRole('list', { name: 'Attached photos' }).getByRole('img', { name: 'Photo 1' }).waitFor();
    // A second photo, then the first one removed: the other stays.
    const second = await sharp({ create: { width: 300, height: 600, channels: 3, background: '#264653' } }).png().toBuffer();
    await page.getByLabel(/^Photos \(1 of 3\)/).setInputFiles({ name: 'tall.png', mimeType: 'image/png', buffer: second });
    await page.getByLabel(/^Photos \(2 of 3\)/).waitFor();
    await page.getByRole('button', { name: 'Remove photo 1' }).click();
    await page.getByRole('status').filter({ hasText: 'Photo removed.' }).waitFor();
    await page.getByLabel(/^Photos \(1 of 3\)/).waitFor();
    const left = page.getByRole('list', { name: 'Attached photos' }).getByRole('img', { name: 'Photo 1' });
    await expect(left.evaluate((el) => (el as HTMLImageElement).decode().then(() => (el as HTMLImageElement).naturalHeight))).resolves.toBe(600);
    await page.getByRole('radio', { name: /Stars/ }).check();
    await page.locator('.letter-preview[data-stationery="stars"]').waitFor();
    await page.getByLabel('Your letter').fill(`Dear ${childName}, we went to the sea and saw dolphins. (${STAMP})`);
    await saved().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.waitForTimeout(300);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    const changed = page.getByRole('listitem').filter({ hasText: 'saw dolphins' });
    await changed.getByRole('button', { name: new RegExp(`To ${childName}`) }).click();
    await page.getByRole('button', { name: 'Edit draft' }).click();
    await expect(page.getByRole('radio', { name: /Stars/ }).isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Your draft was deleted.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    await page.getByText('No letters yet.').waitFor();
  });

  it('deletes a draft straight from the writing screen', async () => {
    await page.getByRole('button', { name: 'Write a letter' }).click();
    await page.locator('.child-choices input[type="checkbox"]').first().check();
    await page.getByLabel('Your letter').fill(`Second thoughts (${STAMP})`);
    await saved().waitFor();
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Your draft was deleted.' }).waitFor();
    await page.getByText('No letters yet.').waitFor();
  });
});
