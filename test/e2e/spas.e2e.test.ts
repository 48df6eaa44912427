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

const APPS = [
  { app: 'sponsor', email: 'anna.miller@demo.portal', heading: 'My children', expectText: ['Amani', 'Baraka', 'Akello'], notText: ['Chiku'] },
  { app: 'partner', email: 'partner.uganda@demo.portal', heading: 'Children', expectText: ['UG-0001', 'Okello'], notText: ['KE-0001'] },
  { app: 'admin', email: 'admin@demo.portal', heading: 'Children', expectText: ['KE-0001', '28'], notText: [] },
] as const;

async function signIn(page: Page, baseUrl: string, app: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The authenticator-app code for the 30-second step after this one (one step of drift is accepted). */
const nextStepCode = (secret: string): string =>
  TOTP.generate({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1', timestamp: Date.now() + 30_000 });

/** Staff set up an authenticator app at first sign-in: returns the secret read from the setup key on the page. */
async function enrollTwoFactor(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
  const secret = (await page.locator('.secret-key').innerText()).replace(/\s/g, '');
  await page.getByRole('img', { name: /QR code/ }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Authentication code').fill(TOTP.generate({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' }));
  await page.getByRole('button', { name: 'Verify code' }).click();
  await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
  expect(await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').count()).toBe(10);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'I have saved them — continue' }).click();
  return secret;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describeBrowser('the three SPAs in Chromium against the started portal', () => {
  let portal: RunningPortal;
  let browser: Browser;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('prints the sign-in details on first start', () => {
    expect(portal.output()).toContain('admin@demo.portal');
    expect(portal.output()).toContain(PASSWORD);
  });

  for (const a of APPS) {
    it(`${a.app}: signs in, shows "${a.heading}" with seeded data, signs out; no serious axe violations`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${portal.baseUrl}/${a.app}/`);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await signIn(page, portal.baseUrl, a.app, a.email);
      // Staff must set up two-step verification at their first sign-in (STAFF_TWO_FACTOR=required).
      const secret = a.app === 'admin' ? await enrollTwoFactor(page) : null;
      await page.getByRole('heading', { level: 1, name: a.heading }).waitFor();
      for (const text of a.expectText) await page.getByText(text, { exact: false }).first().waitFor();
      const body = await page.locator('main').innerText();
      for (const text of a.notText) expect(body).not.toContain(text);
      expect(await seriousViolations(page)).toEqual([]);

      // The session survives a reload (refresh token cookie), then sign-out ends it.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: a.heading }).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();

      if (secret) {
        // The next sign-in asks for a code from the app.
        await signIn(page, portal.baseUrl, a.app, a.email);
        await page.getByRole('heading', { level: 1, name: 'Two-step verification' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.getByLabel('Authentication code').fill(nextStepCode(secret));
        await page.getByRole('button', { name: 'Verify', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: a.heading }).waitFor();
      }
      await context.close();
    });
  }

  it('a sponsor cannot use the partner app', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'partner', 'anna.miller@demo.portal');
    await page.getByRole('alert').filter({ hasText: /This portal is for partners/ }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('KE-0001');
    await context.close();
  });

  it('is usable on a phone-sized screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'sponsor', 'claire.dubois@demo.portal');
    // Claire chose French: the portal speaks her language once she is signed in (and French runs longer).
    await page.getByRole('heading', { level: 1, name: 'Mes filleuls' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
