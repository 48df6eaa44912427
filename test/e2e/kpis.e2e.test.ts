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
const totp = (secret: string) => TOTP.generate({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' });

async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in through the API; staff enroll an authenticator on their first sign-in, as a person would. */
async function apiSignIn(baseUrl: string, email: string): Promise<string> {
  type SignIn = { signIn: { accessToken: string | null; twoFactor: { challengeToken: string; enrollmentRequired: boolean } | null } };
  const r = await graphql<SignIn>(baseUrl, 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken twoFactor { challengeToken enrollmentRequired } } }', {
    input: { email, password: PASSWORD },
  });
  if (r.signIn.accessToken) return r.signIn.accessToken;
  const t = r.signIn.twoFactor!.challengeToken;
  const start = await graphql<{ startTwoFactorEnrollment: { secret: string } }>(baseUrl, 'mutation($t: String) { startTwoFactorEnrollment(input: { challengeToken: $t }) { secret } }', { t });
  const done = await graphql<{ confirmTwoFactorEnrollment: { accessToken: string } }>(
    baseUrl,
    'mutation($t: String, $c: String!) { confirmTwoFactorEnrollment(input: { challengeToken: $t, code: $c }) { accessToken } }',
    { t, c: totp(start.startTwoFactorEnrollment.secret) },
  );
  return done.confirmTwoFactorEnrollment.accessToken;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describeBrowser('KPIs: staff see the figures and charts of what happened in the portal', () => {
  let portal: RunningPortal;
  let browser: Browser;
  jest.setTimeout(180_000);

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium(chromiumPath!);
    const url = portal.baseUrl;
    const [anna, reviewer, kenya] = [await apiSignIn(url, 'anna.miller@demo.portal'), await apiSignIn(url, 'reviewer@demo.portal'), await apiSignIn(url, 'partner.kenya@demo.portal')];

    // A letter goes the whole way: written and submitted, approved, printed, delivered.
    const children = await graphql<{ children: { nodes: Array<{ id: string; code: string }> } }>(url, '{ children(first: 10) { nodes { id code } } }', {}, anna);
    const child = children.children.nodes.find((c) => c.code === 'KE-0001')!;
    const written = await graphql<{ writeLetter: { results: Array<{ letter: { id: string } }> } }>(
      url,
      'mutation($input: WriteLetterInput!) { writeLetter(input: $input) { results { letter { id } } } }',
      { input: { childIds: [child.id], body: 'Hello from the KPI test!', submit: true } },
      anna,
    );
    const ids = [written.writeLetter.results[0].letter.id];
    await graphql(url, 'mutation($id: ID!) { approveLetter(input: { letterId: $id }) { userErrors { code } } }', { id: ids[0] }, reviewer);
    await graphql(url, 'mutation($ids: [ID!]!) { markLettersPrinted(input: { letterIds: $ids }) { userErrors { code } } }', { ids }, kenya);
    await graphql(url, 'mutation($ids: [ID!]!) { markLettersDelivered(input: { letterIds: $ids }) { userErrors { code } } }', { ids }, kenya);

    // A request is opened and resolved; a second one stays open.
    const forms = await graphql<{ requestForms: { nodes: Array<{ id: string; nameEn: string }> } }>(url, '{ requestForms { nodes { id nameEn } } }', {}, anna);
    const formId = forms.requestForms.nodes.find((f) => f.nameEn === 'Question about my child')!.id;
    const open = (question: string) =>
      graphql<{ openRequest: { request: { id: string } } }>(
        url,
        'mutation($input: OpenRequestInput!) { openRequest(input: $input) { request { id } } }',
        { input: { formId, answers: [{ key: 'child_name', value: 'Daudi' }, { key: 'question', value: question }] } },
        anna,
      );
    const resolved = await open('How is school going?');
    await open('Does Daudi like football?');
    await graphql(url, 'mutation($ids: [ID!]!) { setRequestStatus(input: { requestIds: $ids, status: RESOLVED }) { userErrors { code } } }', { ids: [resolved.openRequest.request.id] }, reviewer);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('shows each KPI with its headline figure and a chart named with its numbers; photos show their empty state', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}/admin/`);
    await page.getByLabel('Email').fill('admin@demo.portal');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
    const secret = (await page.locator('.secret-key').innerText()).replace(/\s/g, '');
    await page.getByLabel('Authentication code').fill(totp(secret));
    await page.getByRole('button', { name: 'Verify code' }).click();
    await page.getByRole('button', { name: 'I have saved them — continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();

    // From the staff home to the key figures.
    await page.getByRole('link', { name: /See the key figures/ }).click();
    await page.getByRole('heading', { level: 1, name: 'KPIs' }).waitFor();
    const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date());

    const letters = page.getByRole('region', { name: 'Letters per month' });
    await letters.getByText('Letters to children: 1').waitFor();
    await letters.getByText(/Median time from submission to delivery: [\d.]+ (minutes?|hours?)\. 1 delivered, 0 replies from children\./).waitFor();
    await letters.getByRole('img', { name: new RegExp(`${month}: Submitted 1, Delivered 1, Replies 0\\.$`) }).waitFor();

    const requests = page.getByRole('region', { name: 'Requests' });
    await requests.getByText('Requests opened: 2').waitFor();
    await requests.getByText(/Median time to resolution: [\d.]+ (minutes?|hours?)\. 1 resolved\./).waitFor();
    await requests.getByRole('img', { name: new RegExp(`${month}: Opened 2, Resolved 1\\.$`) }).waitFor();

    // Anna, the reviewer, the Kenya partner and this admin signed in during the test.
    const users = page.getByRole('region', { name: 'Active users by role' });
    await users.getByText(/^4 of \d+ people active$/).waitFor();
    await users.getByRole('img', { name: /Sponsors: Active 1, Can sign in \d+; Partners: Active 1, .*Staff: Active 1, .*Staff administrators: Active 1, / }).waitFor();

    const photos = page.getByRole('region', { name: 'Photos matched automatically' });
    await photos.getByText('No photos uploaded in this period yet.').waitFor();
    expect(await photos.getByRole('img').count()).toBe(0);

    // The figures table holds the same numbers for people who would rather read.
    await letters.getByText('Show the figures').click();
    const row = letters.getByRole('row').filter({ has: page.getByRole('rowheader', { name: month }) });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['1', '1', '0', expect.stringMatching(/^[\d.]+ (minutes?|hours?)$/)]);
    expect(await seriousViolations(page)).toEqual([]);

    // A shorter period still ends with this month.
    await page.getByLabel('Period').selectOption({ label: 'Last 6 months' });
    await page.getByText(new RegExp(`^From .+ to ${month}\\.$`)).waitFor();
    await context.close();
  });
});
