import AxeBuilder from '@axe-core/playwright';
import { MemoryMailStore, startMailCapture, type CapturedMail, type MailCapture } from '@portal/mail';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

const PASSWORD = 'portal-demo-2026';
const SPONSOR = 'anna.miller@demo.portal';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describeBrowser('notifications: a letter event reaches the sponsor in the portal and by email', () => {
  let portal: RunningPortal;
  let capture: MailCapture;
  let browser: Browser;
  let page: Page;
  jest.setTimeout(240_000);

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${portal.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const signInApi = async (email: string): Promise<string> =>
    (await gql('mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken } }', { e: email, p: PASSWORD })).signIn.accessToken;
  const waitForMail = async (to: string): Promise<CapturedMail> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [mail] = await capture.store.list({ to });
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error(`no mail to ${to}:\n${portal.output()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  beforeAll(async () => {
    capture = await startMailCapture({ port: 0, store: new MemoryMailStore() });
    // Mail goes to the loopback SMTP server; a short delay stands in for the ten minutes of production.
    portal = await startPortal({ SMTP_URL: `smtp://${capture.host}:${capture.port}`, NOTIFICATION_EMAIL_DELAY_SECONDS: '3', STAFF_TWO_FACTOR: 'optional' }, { readyTimeoutMs: 150_000 });
    browser = await launchChromium(chromiumPath!);
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await capture?.stop();
  });

  it('shows the badge, emails the link, and the link opens the letter; the panel marks it read', async () => {
    // The event: staff send the sponsor's letter back for a change.
    const anna = await signInApi(SPONSOR);
    const children = (await gql('{ children(first: 20) { nodes { id firstName } } }', {}, anna)).children.nodes as Array<{ id: string; firstName: string }>;
    const amani = children.find((c) => c.firstName === 'Amani')!;
    const written = await gql('mutation($i: WriteLetterInput!) { writeLetter(input: $i) { results { letter { id } } } }', { i: { childIds: [amani.id], body: 'Hello Amani, how is the football team?', submit: true } }, anna);
    const letterId = written.writeLetter.results[0].letter.id as string;
    const reviewer = await signInApi('reviewer@demo.portal');
    await gql('mutation($id: ID!) { requestLetterChanges(input: { letterId: $id, reason: "Please add a greeting at the end." }) { userErrors { code } } }', { id: letterId }, reviewer);

    // The badge in the navigation shows it.
    await page.goto(`${portal.baseUrl}/sponsor/`);
    await page.getByLabel('Email').fill(SPONSOR);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My children' }).waitFor();
    const badge = page.getByRole('navigation').getByTestId('unread-badge');
    await badge.waitFor();
    expect((await badge.innerText()).replace(/\s+/g, ' ').trim()).toBe('1 unread');
    // The home's dashboard lists the letter waiting for the sponsor.
    await page.locator('[data-kind="LETTERS_WAITING_FOR_ME"] .dashboard-count').filter({ hasText: '1' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The email arrives (after the delay, still unread) and its link opens the letter in the SPA.
    const mail = await waitForMail(SPONSOR);
    expect(mail.subject).toBe('Your letter to Amani needs a change');
    const link = /https?:\/\/\S+\/sponsor\/letters\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
    expect(link.endsWith(`/sponsor/letters/${letterId}`)).toBe(true);
    await page.goto(link.replace(/^https?:\/\/[^/]+/, portal.baseUrl));
    await page.getByRole('heading', { level: 1, name: /Letter to Amani/ }).waitFor();
    await page.getByText('Please add a greeting at the end.').first().waitFor();

    // Having seen the letter, the sponsor has nothing unread.
    await badge.waitFor({ state: 'detached' });

    // A second event; in the notifications panel, opening it marks it read and the badge goes away.
    const second = await gql('mutation($i: WriteLetterInput!) { writeLetter(input: $i) { results { letter { id } } } }', { i: { childIds: [amani.id], body: 'Hello again Amani!', submit: true } }, anna);
    const secondId = second.writeLetter.results[0].letter.id as string;
    await gql('mutation($id: ID!) { requestLetterChanges(input: { letterId: $id, reason: "Please sign your letter." }) { userErrors { code } } }', { id: secondId }, reviewer);
    await page.goto(`${portal.baseUrl}/sponsor/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await badge.waitFor();
    await page.getByText('Please sign your letter.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Your letter to Amani needs a change' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Letter to Amani/ }).waitFor();
    await badge.waitFor({ state: 'detached' });
    expect(page.url()).toBe(`${portal.baseUrl}/sponsor/letters/${secondId}`);
  });
});
