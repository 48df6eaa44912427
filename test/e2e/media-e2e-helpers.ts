import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';

/** Password of the demo users in a started portal. */
export const PASSWORD = 'portal-demo-2026';
// Real camera photos with their attribution (SOURCE.md) beside them.
export const FIXTURES = path.resolve(__dirname, '../../packages/images/fixtures');

/**
 * A visit folder as a partner's laptop has it: `files` maps a file name to a fixture photo, to text for a
 * broken file, or to bytes (a scanned letter). Returns the folder's path (inside a temporary directory the caller removes).
 */
export function makeFolder(name: string, files: Record<string, { fixture: string } | { text: string } | { bytes: Buffer }>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uploads-e2e-'));
  const folder = path.join(root, name);
  fs.mkdirSync(folder);
  for (const [file, source] of Object.entries(files)) {
    if ('fixture' in source) fs.copyFileSync(path.join(FIXTURES, source.fixture), path.join(folder, file));
    else fs.writeFileSync(path.join(folder, file), 'text' in source ? source.text : source.bytes);
  }
  return folder;
}

/** Waits until the upload page's batch summary shows these counts. */
export async function waitForSummary(page: Page, expected: Record<string, string>, timeout = 90_000): Promise<void> {
  for (const [term, value] of Object.entries(expected)) {
    await page.waitForFunction(
      ([t, v]) => [...document.querySelectorAll('.upload-summary div')].some((d) => d.querySelector('dt')?.textContent === t && d.querySelector('dd')?.textContent === v),
      [term, value],
      { timeout },
    );
  }
}

/** Signs in to one of the SPAs (setting up two-step verification for staff) and waits for the first page's heading. */
export async function signIn(page: Page, baseUrl: string, app: 'partner' | 'admin' | 'sponsor', email: string, heading: string): Promise<void> {
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

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** True once the image has loaded real pixels (a signed URL that works). */
export const loaded = (page: Page, alt: string): Promise<boolean> =>
  page.getByRole('img', { name: alt, exact: true }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
