import AxeBuilder from '@axe-core/playwright';
import { startSalesforceSandbox, type SalesforceSandbox } from '@portal/salesforce-sandbox';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

const PASSWORD = 'portal-demo-2026';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A GraphQL call from the test itself (a sponsor writing letters), not from the browser. */
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

describeBrowser('the admin Sync screen in Chromium, against a Salesforce sandbox the test controls', () => {
  let sandbox: SalesforceSandbox;
  let portal: RunningPortal;
  let browser: Browser;
  let anna: string;
  jest.setTimeout(180_000);

  const letters = (body: string) => sandbox.store.records('Letter__c').filter((l) => l.Body__c === body);

  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ port: 0 });
    // The portal talks to this sandbox as to a real org (OAuth password grant); one attempt before a dead letter.
    portal = await startPortal({
      STAFF_TWO_FACTOR: 'optional',
      SALESFORCE_LOGIN_URL: sandbox.loginUrl,
      SALESFORCE_CLIENT_ID: sandbox.clientId,
      SALESFORCE_CLIENT_SECRET: sandbox.clientSecret,
      SALESFORCE_USERNAME: sandbox.username,
      SALESFORCE_PASSWORD: sandbox.password,
      SYNC_INTERVAL_SECONDS: '3600',
      SYNC_MAX_ATTEMPTS: '1',
    });
    browser = await launchChromium(chromiumPath!);
    const signedIn = await graphql<{ signIn: { accessToken: string } }>(
      portal.baseUrl,
      'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email: 'anna.miller@demo.portal', password: PASSWORD } },
    );
    anna = signedIn.signIn.accessToken;
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await sandbox?.stop();
  });

  async function write(body: string): Promise<string> {
    const children = await graphql<{ children: { nodes: Array<{ id: string; code: string }> } }>(portal.baseUrl, '{ children(first: 10) { nodes { id code } } }', {}, anna);
    const child = children.children.nodes.find((c) => c.code === 'KE-0001') ?? children.children.nodes[0];
    const written = await graphql<{ writeLetter: { results: Array<{ letter: { id: string } }>; userErrors: unknown[] } }>(
      portal.baseUrl,
      'mutation($input: WriteLetterInput!) { writeLetter(input: $input) { results { letter { id } } userErrors { code message } } }',
      { input: { childIds: [child.id], body } },
      anna,
    );
    expect(written.writeLetter.userErrors).toEqual([]);
    return written.writeLetter.results[0].letter.id;
  }

  async function runSync(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Run sync now' }).click();
    await page.getByRole('status').filter({ hasText: 'The sync ran.' }).waitFor({ timeout: 120_000 });
  }

  it('shows each object, settles a conflict and retries a dead letter', async () => {
    const letterId = await write('Hello from the sync test');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}/admin/`);
    await page.getByLabel('Email').fill('admin@demo.portal');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sync' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
    await runSync(page);
    expect(letters('Hello from the sync test')).toHaveLength(1);

    const objects = page.getByRole('region', { name: 'Synced objects' });
    await objects.getByRole('rowheader', { name: /Child__c/ }).waitFor();
    const letterRow = objects.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Letter__c/ }) });
    expect(await letterRow.getByRole('cell').nth(3).innerText()).toMatch(/^[1-9]/);
    await page.getByText('No conflicts: nothing was changed on both sides.').waitFor();

    // The sponsor edits the letter while the office corrects it in Salesforce; another letter breaks a validation rule.
    await graphql(portal.baseUrl, 'mutation($input: UpdateLetterInput!) { updateLetter(input: $input) { userErrors { code } } }', { input: { letterId, body: 'Portal text' } }, anna);
    const record = letters('Hello from the sync test')[0];
    sandbox.store.update('Letter__c', record.Id, { Body__c: 'Office text' });
    const removeRule = sandbox.faults.rule({ object: 'Letter__c', when: (r) => r.Body__c === 'Blocked by a rule', message: 'Letters need a reviewed text' });
    await write('Blocked by a rule');
    await runSync(page);

    const conflicts = page.getByRole('region', { name: 'Conflicts' });
    await conflicts.getByRole('cell', { name: 'Office text' }).waitFor();
    await conflicts.getByRole('cell', { name: 'Portal text' }).waitFor();
    const problems = page.getByRole('region', { name: 'Dead letters and waiting records' });
    await problems.getByText('Not sent').waitFor();
    await problems.getByText(/Letters need a reviewed text/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await conflicts.getByRole('button', { name: 'Keep Salesforce value of letter body' }).click();
    await page.getByRole('status').filter({ hasText: 'Kept the Salesforce value.' }).waitFor();
    await page.getByText('No conflicts: nothing was changed on both sides.').waitFor();
    expect(sandbox.store.records('Letter__c').find((l) => l.Id === record.Id)!.Body__c).toBe('Office text');

    removeRule();
    await problems.getByRole('button', { name: /^Retry letter/ }).click();
    await page.getByRole('status').filter({ hasText: 'Retried: it went through.' }).waitFor();
    await page.getByText('No dead letters or waiting records.').waitFor();
    expect(letters('Blocked by a rule')).toHaveLength(1);
    await context.close();
  });
});
