import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
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
const NEW_PASSWORD = 'lanterns-over-the-river-9';
const NEUTRAL = /If the address is known, we sent/;

async function signIn(page: Page, baseUrl: string, app: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A GraphQL call from the test itself (not the browser), e.g. to read captured mail. */
async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<{ data?: T }>;
}

/** The invitation link for `to` from the local mail capture, or null when the portal has none. */
/** The link of the newest invitation to `to`, once `count` invitations have arrived (a resend voids the older ones). */
async function invitationLink(baseUrl: string, to: string, count = 1): Promise<string | null> {
  const signedIn = await graphql<{ signIn: { accessToken: string | null } }>(
    baseUrl,
    'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email: 'admin@demo.portal', password: PASSWORD } },
  );
  const token = signedIn.data?.signIn.accessToken;
  if (!token) return null;
  // The mail is sent in the background: give the dispatcher a few seconds.
  for (let i = 0; i < 20; i++) {
    const mails = await graphql<{ capturedMails: { nodes: Array<{ text: string }> } }>(
      baseUrl,
      'query($to: String) { capturedMails(first: 5, to: $to) { nodes { text } } }',
      { to },
      token,
    );
    if (mails.errors) return null;
    const links = (mails.data?.capturedMails.nodes ?? []).map((m) => /https?:\/\/\S+accept-invitation#token=[^\s"<>]+/.exec(m.text)?.[0]).filter(Boolean);
    // Newest first.
    const link = links.length >= count ? links[0] : undefined;
    // The link names the configured public URL; open it on the portal this test started.
    if (link) {
      const url = new URL(link);
      return `${baseUrl}${url.pathname}${url.hash}`;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

describeBrowser('identity screens in Chromium against the started portal', () => {
  let portal: RunningPortal;
  let browser: Browser;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    // These tests are about invitations and passwords; staff two-factor sign-in has its own tests.
    portal = await startPortal({ STAFF_TWO_FACTOR: 'optional' });
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  for (const app of ['admin', 'partner', 'sponsor']) {
    it(`${app}: "Forgot your password?" leads to a request page that answers the same for any address`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${portal.baseUrl}/${app}/`);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
      expect(page.url()).toBe(`${portal.baseUrl}/${app}/forgot-password`);
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByLabel('Email').fill(`nobody-${app}@example.org`);
      await page.getByRole('button', { name: 'Email me a reset link' }).click();
      await page.getByRole('status').filter({ hasText: NEUTRAL }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Back to sign in' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(await page.getByRole('link', { name: 'Email me a sign-in link' }).count()).toBe(app === 'sponsor' ? 1 : 0);
      await context.close();
    });
  }

  it('sponsor: asks for a sign-in link by email, and an expired link is explained with a way forward', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}/sponsor/`);
    await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Email me a sign-in link' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill('anna.miller@demo.portal');
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('status').filter({ hasText: NEUTRAL }).waitFor();

    await page.goto(`${portal.baseUrl}/sponsor/magic-link#token=not-a-real-token`);
    await page.getByRole('alert').filter({ hasText: /invalid or has expired/ }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Email me a new sign-in link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Email me a sign-in link' }).waitFor();
    await context.close();
  });

  it('reset-password and accept-invitation: the token leaves the address bar; mismatch and bad links are explained', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}/partner/reset-password#token=not-a-real-token`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm password').fill(`${NEW_PASSWORD}x`);
    await page.getByRole('button', { name: 'Save password and sign in' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await page.getByLabel('Confirm password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save password and sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /invalid or has expired/ }).waitFor();
    await page.getByRole('link', { name: 'Ask for a new reset link' }).waitFor();

    await page.goto(`${portal.baseUrl}/admin/accept-invitation#token=not-a-real-token`);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Admin portal' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('admin: invites a partner, resends, the partner accepts through the captured mail, deactivates; audit log, CSV and mail show it', async () => {
    const email = `pat.partner.${Date.now()}@example.org`;
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'admin', 'admin@demo.portal');
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const invite = page.getByRole('region', { name: 'Invite someone' });
    await invite.getByLabel('Email').fill(email);
    await invite.getByLabel('First name').fill('Pat');
    await invite.getByLabel('Last name').fill('Partner');
    await invite.getByLabel('Role').selectOption('PARTNER');
    const organization = invite.getByLabel('Partner organization');
    await organization.locator('option:nth-child(2)').waitFor({ state: 'attached' });
    await organization.selectOption({ index: 1 });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: `Invitation sent to ${email}.` }).waitFor();

    await page.getByLabel('Search people').fill(email);
    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByText('Invited', { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Showing 1 of 1 person' }).waitFor();
    await row.getByRole('button', { name: 'Resend invitation Pat Partner' }).click();
    await page.getByRole('status').filter({ hasText: 'We sent Pat Partner a new invitation.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const link = await invitationLink(portal.baseUrl, email, 2);
    if (link) {
      const invited = await browser.newContext();
      const newcomer = await invited.newPage();
      await newcomer.goto(link);
      await newcomer.getByRole('heading', { level: 1, name: 'Welcome to Partner portal' }).waitFor();
      expect(new URL(newcomer.url()).hash).toBe('');
      await newcomer.getByLabel('Password', { exact: true }).fill('short');
      await newcomer.getByLabel('Confirm password').fill('short');
      await newcomer.getByRole('button', { name: 'Set password and sign in' }).click();
      await newcomer.getByText('Use at least 10 characters.').waitFor();
      await newcomer.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
      await newcomer.getByLabel('Confirm password').fill(NEW_PASSWORD);
      await newcomer.getByRole('button', { name: 'Set password and sign in' }).click();
      await newcomer.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
      await invited.close();
      await page.reload();
      await page.getByLabel('Search people').fill(email);
      await row.getByText('Active', { exact: true }).waitFor();
    } else {
      throw new Error(`the invitation to ${email} did not reach the local mail capture`);
    }

    await row.getByRole('button', { name: 'Deactivate Pat Partner' }).click();
    await page.getByRole('status').filter({ hasText: 'Pat Partner can no longer sign in' }).waitFor();
    await row.getByText('Deactivated', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Reactivate Pat Partner' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByLabel('Action').fill('user.invited');
    await page.getByRole('row').filter({ hasText: email }).filter({ hasText: 'user.invited' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-events-.*\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('user.invited');
    expect(csv).toContain(email);
    await page.getByRole('status').filter({ hasText: /^Downloaded audit-events-/ }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Outbox' }).waitFor();
    await page.getByRole('region', { name: 'Outgoing email' }).getByText(email).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('account: changes the password (errors at the fields), then signs out everywhere', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, 'sponsor', 'james.okoro@demo.portal');
    await page.getByRole('heading', { level: 1, name: 'My children' }).waitFor();
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 2, name: 'Change password' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const form = page.getByRole('region', { name: 'Change password' });
    await form.getByLabel('Current password').fill('not-my-password');
    await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Your current password is not correct.').waitFor();

    await form.getByLabel('Current password').fill(PASSWORD);
    await form.getByLabel('New password', { exact: true }).fill('password123');
    await form.getByLabel('Confirm new password').fill('password123');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('This password is too common.').waitFor();

    await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();
    // This device carries on with the new session.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('alert').filter({ hasText: 'You are signed out on every device.' }).waitFor();
    await signIn(page, portal.baseUrl, 'sponsor', 'james.okoro@demo.portal', NEW_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'My children' }).waitFor();
    await context.close();
  });
});
