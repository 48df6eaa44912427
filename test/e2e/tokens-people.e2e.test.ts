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

const PASSWORD = 'portal-demo-2026';

async function signIn(page: Page, baseUrl: string, app: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
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

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** `{ children { totalCount } }` with an API token, as an integrator would send it. */
async function childrenWithToken(baseUrl: string, secret: string): Promise<{ data?: { children: { totalCount: number } }; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ children { totalCount } }' }),
  });
  return (await response.json()) as never;
}

describeBrowser('API tokens (admin) and account people (sponsor) in Chromium', () => {
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

  it('admin creates a token, sees its secret once, uses it, then revokes it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'admin', 'admin@demo.portal');
    await enrollTwoFactor(page);
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByText('No active tokens.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Name').fill('Finance reporting');
    await page.getByRole('checkbox', { name: 'Read children' }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByRole('heading', { name: /Your new token/ }).waitFor();
    const secret = await page.getByLabel('Secret').inputValue();
    expect(secret).toMatch(/^cpt_/);
    expect(await page.getByLabel('Secret').getAttribute('readonly')).not.toBeNull();
    await page.getByText('this is the only time it is shown').waitFor();
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').filter({ hasText: /Copied|copy the selected secret/ }).waitFor();
    await page.getByRole('cell', { name: 'Finance reporting', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The token works against the API.
    expect((await childrenWithToken(portal.baseUrl, secret)).data?.children.totalCount).toBe(28);

    // Once hidden, the secret is gone from the page.
    await page.getByRole('button', { name: /hide the secret/ }).click();
    await page.getByRole('button', { name: 'Create token' }).waitFor();
    expect(await page.content()).not.toContain(secret);

    // Revoke, with a confirmation first.
    await page.getByRole('button', { name: 'Revoke Finance reporting' }).click();
    await page.getByRole('button', { name: 'Yes, revoke Finance reporting' }).click();
    await page.getByRole('status').filter({ hasText: 'is revoked' }).waitFor();
    await page.getByText('No active tokens.').waitFor();
    await page.getByRole('checkbox', { name: 'Show revoked tokens' }).check();
    await page.getByText('Revoked', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const after = await childrenWithToken(portal.baseUrl, secret);
    expect(after.data?.children).toBeFalsy();
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });

  it('staff filter People by organization and status on the server', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'admin', 'reviewer@demo.portal');
    await enrollTwoFactor(page);
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('cell', { name: 'partner.uganda@demo.portal' }).waitFor();
    // The invite form has its own Role and Organization fields: use the filter landmark's.
    const filters = page.getByRole('search', { name: 'Filter people' });
    await filters.getByLabel('Organization', { exact: true }).selectOption({ label: 'Kibera Community Trust' });
    await page.getByRole('status').filter({ hasText: 'Showing 1 of 1 person' }).waitFor();
    await page.getByRole('cell', { name: 'partner.kenya@demo.portal' }).waitFor();
    expect(await page.getByRole('cell', { name: 'partner.uganda@demo.portal' }).count()).toBe(0);
    await filters.getByLabel('Status', { exact: true }).selectOption({ label: 'Deactivated' });
    await page.getByText('Nobody matches these filters.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('an account admin invites someone to her account, sees them as Invited, then removes access', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'sponsor', 'anna.miller@demo.portal');
    await page.getByRole('heading', { level: 1, name: 'My children' }).waitFor();
    await page.goto(`${portal.baseUrl}/sponsor/account`);
    await page.getByRole('heading', { level: 2, name: 'People in your account' }).waitFor();
    await page.getByRole('cell', { name: 'You' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Email').fill('jamie.miller@example.org');
    await page.getByLabel('First name').fill('Jamie');
    await page.getByLabel('Last name').fill('Miller');
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'Invitation sent to jamie.miller@example.org.' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'jamie.miller@example.org' });
    await row.getByText('Invited', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Resend invitation Jamie Miller' }).click();
    await page.getByRole('status').filter({ hasText: 'We sent Jamie Miller a new invitation' }).waitFor();

    await row.getByRole('button', { name: 'Remove access Jamie Miller' }).click();
    await row.getByRole('button', { name: 'Yes, remove access Jamie Miller' }).click();
    await page.getByRole('status').filter({ hasText: 'Jamie Miller can no longer sign in' }).waitFor();
    await row.getByText('No access', { exact: true }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
