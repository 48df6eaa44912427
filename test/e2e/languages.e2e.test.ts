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
const SPONSOR = 'james.okoro@demo.portal';

describeBrowser('languages: a sponsor switches the portal to French in settings', () => {
  let portal: RunningPortal;
  let capture: MailCapture;
  let browser: Browser;
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
  const waitForMail = async (to: string, subject: RegExp): Promise<CapturedMail> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const mail = (await capture.store.list({ to })).find((m) => subject.test(m.subject));
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}:\n${portal.output()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const newPage = async (locale: string): Promise<Page> => (await browser.newContext({ locale })).newPage();
  const signIn = async (page: Page, labels: { email: string; password: string; submit: string }) => {
    await page.getByLabel(labels.email, { exact: true }).fill(SPONSOR);
    await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
  };

  beforeAll(async () => {
    capture = await startMailCapture({ port: 0, store: new MemoryMailStore() });
    portal = await startPortal({ SMTP_URL: `smtp://${capture.host}:${capture.port}`, STAFF_TWO_FACTOR: 'optional' }, { readyTimeoutMs: 150_000 });
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await capture?.stop();
  });

  it('speaks the browser language before sign-in, and the switcher changes it', async () => {
    const french = await newPage('fr-FR');
    await french.goto(`${portal.baseUrl}/sponsor/`);
    await french.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await french.getAttribute('html', 'lang')).toBe('fr');
    await french.context().close();

    const page = await newPage('en-US');
    await page.goto(`${portal.baseUrl}/sponsor/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.context().close();
  });

  it('saves French in the account settings: navigation, screens, dates and emails follow, after a reload and on a new device', async () => {
    // A letter, so the letters screen has a date to show.
    const token = (await gql('mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken } }', { e: SPONSOR, p: PASSWORD })).signIn.accessToken as string;
    const child = (await gql('{ children(first: 5) { nodes { id } } }', {}, token)).children.nodes[0] as { id: string };
    await gql('mutation($i: WriteLetterInput!) { writeLetter(input: $i) { results { letter { id } } } }', { i: { childIds: [child.id], body: 'Hello, how was school this week?', submit: true } }, token);

    const page = await newPage('en-US');
    await page.goto(`${portal.baseUrl}/sponsor/`);
    await signIn(page, { email: 'Email', password: 'Password', submit: 'Sign in' });
    await page.getByRole('heading', { level: 1, name: 'My children' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByLabel('Show the portal in').selectOption('fr');
    await page.getByRole('button', { name: 'Save language' }).click();

    // The whole portal is French at once.
    await page.getByRole('heading', { level: 1, name: 'Votre compte' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Principale' });
    for (const label of ['Mes filleuls', 'Actualités', 'Lettres', 'Demandes', 'Notifications', 'Votre compte']) await nav.getByRole('link', { name: label }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).waitFor();

    // A screen with a date: the letters list, dated the French way.
    const frenchToday = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date());
    await nav.getByRole('link', { name: 'Lettres' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lettres' }).waitFor();
    await page.getByRole('button', { name: 'Écrire une lettre' }).waitFor();
    await page.getByText(frenchToday).first().waitFor();
    expect(await page.title()).toMatch(/^Lettres · /);

    // After a reload (session restored), still French.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Lettres' }).waitFor();
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Mes filleuls' }).waitFor();

    // On another device (nothing remembered in the browser, which asks for English), French after sign-in.
    const other = await newPage('en-US');
    await other.goto(`${portal.baseUrl}/sponsor/`);
    await signIn(other, { email: 'Email', password: 'Password', submit: 'Sign in' });
    await other.getByRole('heading', { level: 1, name: 'Mes filleuls' }).waitFor();
    await other.context().close();

    // An email after the switch is French.
    await gql('mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted } }', { e: SPONSOR });
    const mail = await waitForMail(SPONSOR, /mot de passe/);
    expect(mail.subject).toBe('Réinitialisez votre mot de passe');
    expect(mail.text).toContain('Choisir un nouveau mot de passe');
    await page.context().close();
  });
});
