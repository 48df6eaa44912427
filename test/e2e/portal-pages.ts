import AxeBuilder from '@axe-core/playwright';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';

/** The demo users' password in the browser tests (the portal is seeded with it). */
export const DEMO_PASSWORD = 'portal-demo-2026';

/** Signs in to one SPA (staff enroll two-step verification first) and waits for its home heading. */
export async function signIn(page: Page, baseUrl: string, app: string, email: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (app === 'admin') await enrollTwoFactor(page);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Staff set up an authenticator app at first sign-in (as in spas.e2e.test.ts). */
export async function enrollTwoFactor(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
  const secret = (await page.locator('.secret-key').innerText()).replace(/\s/g, '');
  await page.getByLabel('Authentication code').fill(TOTP.generate({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' }));
  await page.getByRole('button', { name: 'Verify code' }).click();
  await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
  await page.getByRole('button', { name: 'I have saved them — continue' }).click();
}

/** Serious and critical accessibility violations on the page (axe). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
