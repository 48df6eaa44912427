import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

const PASSWORD = 'portal-demo-2026';
const PHOTO = path.resolve(__dirname, '../../packages/images/fixtures/orientation-landscape_1.jpg');

async function gql(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The partner's side through the real upload API: presigned PUT, finalize, then the portal's own worker converts and matches. */
async function uploadAsPartner(baseUrl: string, fileName: string): Promise<string> {
  const signIn = await gql(baseUrl, 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken } }', { e: 'partner.kenya@demo.portal', p: PASSWORD });
  const token = signIn.signIn.accessToken as string;
  const bytes = Buffer.concat([fs.readFileSync(PHOTO), randomBytes(16)]);
  const created = await gql(baseUrl, 'mutation($input: UploadCreateInput!) { uploadCreate(input: $input) { upload { id } url method headers userErrors { message } } }',
    { input: { fileName, contentType: 'image/jpeg', byteSize: bytes.length } }, token);
  const c = created.uploadCreate;
  expect(c.userErrors).toEqual([]);
  const put = await fetch(new URL(c.url, baseUrl), { method: c.method, headers: c.headers, body: bytes });
  expect(put.status).toBeLessThan(300);
  const fin = await gql(baseUrl, 'mutation($input: UploadFinalizeInput!) { uploadFinalize(input: $input) { userErrors { message } } }', { input: { uploadId: c.upload.id } }, token);
  expect(fin.uploadFinalize.userErrors).toEqual([]);
  for (let i = 0; i < 150; i++) {
    const r = await gql(baseUrl, 'query($id: ID!) { node(id: $id) { ... on Upload { status reason } } }', { id: c.upload.id }, token);
    if (r.node.status !== 'QUEUED') {
      expect(r.node).toEqual({ status: 'MATCHED', reason: expect.anything() });
      return c.upload.id;
    }
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error('the upload was not processed in 30 s');
}

async function signIn(page: Page, baseUrl: string, app: string, email: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (app === 'admin') {
    await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
    const secret = (await page.locator('.secret-key').innerText()).replace(/\s/g, '');
    await page.getByLabel('Authentication code').fill(TOTP.generate({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' }));
    await page.getByRole('button', { name: 'Verify code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    await page.getByRole('button', { name: 'I have saved them — continue' }).click();
  }
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** True once the image has loaded real pixels (a signed URL that works). */
const loaded = (page: Page, alt: string) =>
  page.getByRole('img', { name: alt, exact: true }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

describeBrowser('media: partner uploads, staff approve in the admin app, the sponsor sees the photo in News', () => {
  let portal: RunningPortal;
  let browser: Browser;
  jest.setTimeout(240_000);

  beforeAll(async () => {
    // A fresh embedded database, migrations and seeding: slow on a busy 2-core machine.
    portal = await startPortal({}, { readyTimeoutMs: 170_000 });
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('goes from upload to review to the feed, and opens the photo full size', async () => {
    await uploadAsPartner(portal.baseUrl, 'KE-0001 football.jpg');

    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, portal.baseUrl, 'admin', 'reviewer@demo.portal', 'Children');
    await admin.getByRole('navigation').getByRole('link', { name: 'Photos' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Photos to review' }).waitFor();
    const thumb = 'photo of Amani (KE-0001)';
    await admin.getByRole('img', { name: thumb, exact: true }).waitFor();
    await admin.waitForFunction(() => [...document.querySelectorAll('.media-grid img')].every((i) => (i as HTMLImageElement).naturalWidth > 0));
    expect(await admin.locator('.media-grid').getByText(/Match: /).first().innerText()).toMatch(/KE-0001|code/i);
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByRole('checkbox', { name: `Select ${thumb}` }).check();
    await admin.getByRole('button', { name: 'Approve selected (1)' }).click();
    await admin.getByText('1 photo was approved and released to sponsors.').waitFor();
    await admin.getByText('No photos are waiting for review.').waitFor();

    const sponsor = await (await browser.newContext()).newPage();
    await signIn(sponsor, portal.baseUrl, 'sponsor', 'anna.miller@demo.portal', 'My children');
    await sponsor.waitForFunction(() => [...document.querySelectorAll('img')].some((i) => i.naturalWidth > 0 && i.src.includes('thumbnail.webp')));
    await sponsor.getByRole('navigation').getByRole('link', { name: 'News' }).click();
    await sponsor.getByRole('heading', { level: 1, name: 'News' }).waitFor();
    await sponsor.getByRole('heading', { level: 2, name: 'New photo of Amani' }).waitFor();
    await sponsor.waitForFunction(() => [...document.querySelectorAll('.feed-thumb img')].every((i) => (i as HTMLImageElement).naturalWidth > 0));
    expect(await loaded(sponsor, 'New photo of Amani')).toBe(true);
    expect(await seriousViolations(sponsor)).toEqual([]);

    await sponsor.getByRole('button', { name: 'Open New photo of Amani full size' }).click();
    const dialog = sponsor.getByRole('dialog');
    const full = dialog.getByRole('img', { name: 'New photo of Amani, full size' });
    await full.waitFor();
    await sponsor.waitForFunction(() => { const i = document.querySelector('dialog img') as HTMLImageElement | null; return !!i && i.complete && i.naturalWidth > 0; });
    const size = await full.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, src: img.src }));
    expect(size.w).toBeGreaterThan(400);
    expect(size.src).toMatch(/display\.webp/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
