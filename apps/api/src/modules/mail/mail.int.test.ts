import { createLogger } from '@portal/logger';
import { MemoryMailStore, renderMail, SmtpMailer, startMailCapture, type MailCapture } from '@portal/mail';
import { startTestApi, type TestApi } from '../../test/harness';
import { MailDispatcher } from './mail-dispatcher';

const log = createLogger({ level: 'silent', pretty: false });
const INVITE = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { userErrors { code } } }';

describe('mail outbox over real SMTP', () => {
  let api: TestApi;
  let capture: MailCapture;
  let dispatcher: MailDispatcher;
  let admin: string;

  beforeAll(async () => {
    capture = await startMailCapture({ port: 0, store: new MemoryMailStore() });
    api = await startTestApi({}, { mailCapture: capture.store });
    const mailer = new SmtpMailer({ host: capture.host, port: capture.port, from: 'Portal <no-reply@portal.test>' });
    dispatcher = new MailDispatcher({ dataSource: api.dataSource, log, render: renderMail, send: (m) => mailer.send(m) });
    admin = await api.signIn('admin@demo.portal');
  });
  afterAll(async () => {
    await api.close();
    await capture.stop();
  });

  it('delivers an invitation whose link works, keeps the link out of the staff outbox, and shows it in captured mail', async () => {
    const email = `zoe.${Date.now()}@example.org`;
    await api.gql(INVITE, { i: { email, firstName: 'Zoé', lastName: 'Dubois', role: 'STAFF', locale: 'fr' } }, { token: admin });
    await dispatcher.flush();
    const [mail] = await capture.store.list({ to: email });
    expect(mail.subject).toMatch(/invit/i);
    expect(mail.text).toContain('Zoé');
    const link = /https?:\/\/\S+#token=\S+/.exec(mail.text)![0];
    const token = decodeURIComponent(link.split('#token=')[1]);
    const accepted = await api.gql('mutation($t: String!) { acceptInvitation(input: { token: $t, password: "Kisumu-sunrise-2026" }) { twoFactor { enrollmentRequired } userErrors { code } } }', { t: token });
    expect(accepted.data!.acceptInvitation).toEqual({ twoFactor: { enrollmentRequired: true }, userErrors: [] });

    const outbox = await api.gql('query($to: String) { mailOutbox(to: $to) { nodes { status subject bodyText attempts } } }', { to: email }, { token: admin });
    const row = outbox.data!.mailOutbox.nodes[0];
    expect(row).toEqual(expect.objectContaining({ status: 'SENT', attempts: 1, subject: mail.subject }));
    expect(row.bodyText).not.toContain('#token=');
    expect(row.bodyText).toContain('[private link removed]');

    const captured = await api.gql('query($to: String) { capturedMails(to: $to) { totalCount nodes { subject text } } }', { to: email }, { token: admin });
    expect(captured.data!.capturedMails.totalCount).toBe(1);
    expect(captured.data!.capturedMails.nodes[0].text).toContain('#token=');
  });

  it('sends in the order the mail was written, so a resent invitation arrives last and its link works', async () => {
    const email = `resend.${Date.now()}@example.org`;
    await api.gql(INVITE, { i: { email, firstName: 'Rose', lastName: 'Resend', role: 'STAFF' } }, { token: admin });
    const [row]: Array<{ id: string }> = await api.dataSource.query('SELECT id FROM "user" WHERE email = $1', [email]);
    const gid = Buffer.from(`User:${row.id}`).toString('base64url');
    await api.gql('mutation($id: ID!) { resendInvitation(input: { userId: $id }) { userErrors { code } } }', { id: gid }, { token: admin });
    await dispatcher.flush();
    const mails = await capture.store.list({ to: email });
    expect(mails).toHaveLength(2);
    const newest = /#token=(\S+)/.exec(mails[0].text)![1];
    const r = await api.gql('mutation($t: String!) { acceptInvitation(input: { token: $t, password: "short" }) { userErrors { code } } }', { t: decodeURIComponent(newest) });
    expect(r.data!.acceptInvitation.userErrors[0].code).toBe('WEAK_PASSWORD');
  });

  it('retries a failed send with backoff and then parks it as FAILED for staff to see', async () => {
    await dispatcher.flush();
    const email = `retry.${Date.now()}@example.org`;
    await api.gql(INVITE, { i: { email, firstName: 'Rita', lastName: 'Retry', role: 'STAFF' } }, { token: admin });
    const down = new SmtpMailer({ host: '127.0.0.1', port: 1, from: 'Portal <no-reply@portal.test>', connectionTimeoutMs: 500 });
    const failing = new MailDispatcher({ dataSource: api.dataSource, log, render: renderMail, send: (m) => down.send(m), maxAttempts: 2, retryBaseMs: 60_000 });
    await failing.flush();
    const status = async () =>
      (await api.gql('query($to: String) { mailOutbox(to: $to) { nodes { status attempts lastError } } }', { to: email }, { token: admin })).data!.mailOutbox.nodes[0];
    expect(await status()).toEqual({ status: 'PENDING', attempts: 1, lastError: expect.stringMatching(/Could not connect/) });
    // A minute later (the first backoff), the retry fails too and the message is parked.
    await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE to_address = $1`, [email]);
    await failing.flush();
    expect(await status()).toEqual(expect.objectContaining({ status: 'FAILED', attempts: 2 }));
    expect(await capture.store.list({ to: email })).toEqual([]);
  });

  it('says there is no local capture when mail goes to an SMTP server', async () => {
    const plain = await startTestApi();
    const token = await plain.signIn('admin@demo.portal');
    const r = await plain.gql('{ capturedMails { totalCount } }', {}, { token });
    expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
    await plain.close();
  });
});
