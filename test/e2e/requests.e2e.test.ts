import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { signIn, seriousViolations } from './portal-pages';
import { startPortal, type RunningPortal } from './portal-server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
const describeBrowser = chromiumPath ? describe : describe.skip;

const QUESTION = 'Is this also your new billing address?';
const ANSWER = 'Yes, please use it for everything.';

async function openRequests(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Requests' }).click();
  await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
}

describeBrowser('requests: a sponsor asks, staff answer and wait for the sponsor, the sponsor replies', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let sponsor: Page;
  let admin: Page;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium(chromiumPath!);
    sponsor = await (await browser.newContext()).newPage();
    admin = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('sponsor: fills in the "Change my address" form; a problem shows next to its field', async () => {
    await signIn(sponsor, portal.baseUrl, 'sponsor', 'anna.miller@demo.portal', 'My children');
    await openRequests(sponsor);
    await sponsor.getByText('No requests yet.').waitFor();
    expect(await seriousViolations(sponsor)).toEqual([]);

    await sponsor.getByRole('button', { name: 'New request' }).click();
    await sponsor.getByRole('heading', { level: 1, name: 'New request' }).waitFor();
    await sponsor.getByRole('radio', { name: 'Change my address' }).check();
    await sponsor.getByLabel('Street and number').fill('12 Rue des Lilas');
    await sponsor.getByLabel('Postcode').fill('75011');
    await sponsor.getByLabel('Country').selectOption('France');
    await sponsor.getByText('From when should we write to the new address?').waitFor();
    await sponsor.getByRole('button', { name: 'Send request' }).click();
    // The city is required: the API says so, next to the field.
    await sponsor.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' }).waitFor();
    await sponsor.getByText('City: This field is required.').waitFor();
    expect(await sponsor.getByLabel('City').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(sponsor)).toEqual([]);

    await sponsor.getByLabel('City').fill('Paris');
    await sponsor.getByRole('button', { name: 'Send request' }).click();
    await sponsor.getByRole('status').filter({ hasText: 'Your request was sent.' }).waitFor();
    await sponsor.getByRole('heading', { level: 1, name: 'Change my address' }).waitFor();
    await sponsor.getByText('Received', { exact: true }).waitFor();
    await sponsor.getByText('Next: Our team').waitFor();
    await sponsor.getByText('12 Rue des Lilas').waitFor();
  });

  it('staff: find it in the queue, add an internal note, answer and wait for the sponsor', async () => {
    await signIn(admin, portal.baseUrl, 'admin', 'admin@demo.portal', 'Children');
    await openRequests(admin);
    await admin.getByText('1 request · 0 overdue · 1 unassigned · 1 waiting for us').waitFor();
    const row = admin.getByRole('listitem').filter({ hasText: 'Anna Miller (Sponsor)' });
    await row.getByText('Received').waitFor();
    expect(await seriousViolations(admin)).toEqual([]);

    await row.getByRole('button', { name: 'Change my address' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Change my address' }).waitFor();
    await admin.getByText('anna.miller@demo.portal').waitFor();

    await admin.getByLabel('Message', { exact: true }).fill('Check the postcode in the CRM first.');
    await admin.getByRole('checkbox', { name: /Internal note/ }).check();
    await admin.getByRole('button', { name: 'Send' }).click();
    const thread = admin.getByRole('list', { name: 'Conversation' });
    await thread.getByRole('listitem').filter({ hasText: 'Check the postcode' }).getByText('Internal note').waitFor();

    await admin.getByRole('checkbox', { name: /Internal note/ }).uncheck();
    expect(await admin.getByLabel('Then set the status to').inputValue()).toBe('WAITING_FOR_REQUESTER');
    await admin.getByLabel('Message', { exact: true }).fill(QUESTION);
    await admin.getByRole('button', { name: 'Send' }).click();
    await thread.getByText(QUESTION).waitFor();
    await admin.locator('p', { hasText: 'Next: Requester' }).getByText('Waiting for requester', { exact: true }).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('sponsor: sees "Waiting for you", reads the answer (never the internal note) and replies', async () => {
    await sponsor.getByRole('button', { name: 'Back to requests' }).click();
    await sponsor.reload();
    await sponsor.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    const row = sponsor.getByRole('listitem').filter({ hasText: 'Change my address' });
    await row.getByText('Waiting for you').waitFor();
    await row.getByText('Next: You').waitFor();
    await row.getByRole('button', { name: 'Change my address' }).click();
    await sponsor.getByText('We are waiting for your answer.').waitFor();
    await sponsor.getByText(QUESTION).waitFor();
    expect(await sponsor.getByText('Check the postcode').count()).toBe(0);
    expect(await seriousViolations(sponsor)).toEqual([]);

    await sponsor.getByLabel('Your reply').fill(ANSWER);
    await sponsor.getByRole('button', { name: 'Send reply' }).click();
    await sponsor.getByRole('status').filter({ hasText: 'Your reply was sent.' }).waitFor();
    await sponsor.getByText('In progress', { exact: true }).waitFor();
    await sponsor.getByText('Next: Our team').waitFor();
    await sponsor.getByRole('list', { name: 'Conversation' }).getByText(ANSWER).waitFor();
  });

  it('staff: see the reply, then resolve it from the queue in bulk', async () => {
    await admin.getByRole('button', { name: 'Back to requests' }).click();
    await admin.reload();
    await admin.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    const row = admin.getByRole('listitem').filter({ hasText: 'Anna Miller (Sponsor)' });
    await row.getByText('In progress').waitFor();
    await row.getByRole('checkbox').check();
    await admin.getByLabel('Set status to').selectOption('RESOLVED');
    await admin.getByRole('button', { name: 'Set status (1)' }).click();
    await admin.getByRole('status').filter({ hasText: '1 request was updated.' }).waitFor();
    // Resolved requests leave the default (open) view.
    await admin.getByText('No requests match these filters.').waitFor();
  });
});
