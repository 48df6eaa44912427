import AxeBuilder from '@axe-core/playwright';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;
if (!chromiumPath) process.stdout.write('Browser tests skipped: no Chromium found (apt-get install -y chromium).\n');

const PASSWORD = 'portal-demo-2026';
const STEP_MS = 30_000;

const totp = (secret: string, timestamp: number): string =>
  TOTP.generate({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1', timestamp });

/**
 * An authenticator app for one secret. A step cannot be used twice, so each code is for a later
 * step than the last, within the one step of drift the API accepts either way (the previous step
 * while the current one is young, so three codes in a row need no wait), waiting when all were used.
 */
class Authenticator {
  private lastStep = -1;
  constructor(readonly secret: string) {}

  async code(): Promise<string> {
    const now = Math.floor(Date.now() / STEP_MS);
    const earliest = Date.now() % STEP_MS < 20_000 ? now - 1 : now;
    const step = Math.max(earliest, this.lastStep + 1);
    const wait = (step - 1) * STEP_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait + 500));
    this.lastStep = step;
    return totp(this.secret, step * STEP_MS + 1000);
  }

  /** Six digits that are no code of the accepted window. */
  wrongCode(): string {
    const now = Date.now();
    const valid = new Set([-2, -1, 0, 1, 2].map((d) => totp(this.secret, now + d * STEP_MS)));
    for (let n = 0; ; n++) {
      const candidate = String((Number(totp(this.secret, now)) + 111_111 * (n + 1)) % 1_000_000).padStart(6, '0');
      if (!valid.has(candidate)) return candidate;
    }
  }
}

async function signIn(page: Page, baseUrl: string, app: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/** Pixels the page is wider than the screen (0 when nothing scrolls sideways). */
const overflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Reads the setup key, confirms with a code, and returns the app and the recovery codes shown once. */
async function setUpApp(page: Page, scope = page.locator('body')): Promise<{ app: Authenticator; recoveryCodes: string[] }> {
  const app = new Authenticator((await scope.locator('.secret-key').innerText()).replace(/\s/g, ''));
  await scope.getByLabel('Authentication code').fill(await app.code());
  await scope.getByRole('button', { name: 'Verify code' }).click();
  const list = scope.getByRole('list', { name: 'Recovery codes' });
  await list.waitFor();
  const recoveryCodes = (await list.getByRole('listitem').allInnerTexts()).map((c) => c.trim());
  expect(recoveryCodes).toHaveLength(10);
  for (const c of recoveryCodes) expect(c).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}$/);
  return { app, recoveryCodes };
}

describeBrowser('two-step verification in Chromium against the started portal', () => {
  let portal: RunningPortal;
  let browser: Browser;
  jest.setTimeout(180_000);

  beforeAll(async () => {
    // Defaults: staff must use two-step verification (STAFF_TWO_FACTOR=required).
    portal = await startPortal();
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('staff, on a phone: enrolls at first sign-in, then signs in with a code (a wrong one is refused at the field) or a recovery code', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'admin', 'reviewer@demo.portal');
    await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const { app, recoveryCodes } = await setUpApp(page);
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as text file' }).click()]);
    expect(download.suggestedFilename()).toBe('recovery-codes.txt');
    await page.getByRole('button', { name: 'I have saved them — continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    await signOut(page);

    // A wrong code: the message is at the field, which is marked invalid; then the right one.
    await signIn(page, portal.baseUrl, 'admin', 'reviewer@demo.portal');
    await page.getByRole('heading', { level: 1, name: 'Two-step verification' }).waitFor();
    const field = page.getByLabel('Authentication code');
    expect(await field.getAttribute('inputmode')).toBe('numeric');
    expect(await field.getAttribute('autocomplete')).toBe('one-time-code');
    await field.fill(app.wrongCode());
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.locator('.field-error').filter({ hasText: 'This code is not correct.' }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBeTruthy();
    expect(await seriousViolations(page)).toEqual([]);
    await field.fill(await app.code());
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();

    // Staff cannot turn it off while it is required.
    await page.getByRole('link', { name: 'Your account' }).click();
    const section = page.getByRole('region', { name: 'Two-step verification' });
    await section.getByText('On', { exact: true }).waitFor();
    await section.getByLabel('Password').fill(PASSWORD);
    await section.getByRole('button', { name: 'Turn off' }).click();
    await section.getByRole('alert').filter({ hasText: 'Staff must keep two-factor sign-in on.' }).waitFor();
    await signOut(page);

    // A recovery code works once.
    await signIn(page, portal.baseUrl, 'admin', 'reviewer@demo.portal');
    await page.getByRole('heading', { level: 1, name: 'Two-step verification' }).waitFor();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    await signOut(page);

    await signIn(page, portal.baseUrl, 'admin', 'reviewer@demo.portal');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.locator('.field-error').filter({ hasText: 'This code is not correct.' }).waitFor();

    // "Back to sign in" leaves the second step.
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('partner: turns two-step verification on from the account page, gets new recovery codes, then the next sign-in asks for a code; turning it off signs out', async () => {
    const email = 'partner.uganda@demo.portal';
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'partner', email);
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    await page.getByRole('link', { name: 'Your account' }).click();
    const section = page.getByRole('region', { name: 'Two-step verification' });
    await section.getByText('Off', { exact: true }).waitFor();
    await section.getByRole('button', { name: 'Turn on' }).click();
    await section.getByRole('img', { name: /QR code/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const { app } = await setUpApp(page, section);
    expect(await seriousViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'I have saved them — continue' }).click();
    await page.getByRole('status').filter({ hasText: 'Two-step verification is on.' }).waitFor();
    await section.getByText('On', { exact: true }).waitFor();

    // New recovery codes need a current code.
    await section.getByLabel('Authentication code').fill(app.wrongCode());
    await section.getByRole('button', { name: 'New recovery codes' }).click();
    await section.getByText('This code is not correct.').waitFor();
    await section.getByLabel('Authentication code').fill(await app.code());
    await section.getByRole('button', { name: 'New recovery codes' }).click();
    await section.getByRole('list', { name: 'Recovery codes' }).waitFor();
    await section.getByRole('button', { name: 'I have saved them — continue' }).click();
    await page.getByRole('status').filter({ hasText: 'Your new recovery codes are saved' }).waitFor();
    await signOut(page);

    await signIn(page, portal.baseUrl, 'partner', email);
    await page.getByRole('heading', { level: 1, name: 'Two-step verification' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Authentication code').fill(await app.code());
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();

    // Turning it off ends every session: the sign-in page says so, and the next sign-in needs no code.
    await page.getByRole('link', { name: 'Your account' }).click();
    await section.getByLabel('Password').fill('not-my-password');
    await section.getByRole('button', { name: 'Turn off' }).click();
    await section.getByText('Your password is not correct.').waitFor();
    await section.getByLabel('Password').fill(PASSWORD);
    await section.getByRole('button', { name: 'Turn off' }).click();
    await page.getByRole('alert').filter({ hasText: 'Two-step verification is off.' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(page, portal.baseUrl, 'partner', email);
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    await context.close();
  });
});
