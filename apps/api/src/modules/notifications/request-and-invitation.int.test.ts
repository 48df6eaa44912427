import { randomUUID } from 'node:crypto';
import { createLogger } from '@portal/logger';
import { MemoryMailStore, renderMail, SmtpMailer, startMailCapture, type MailCapture } from '@portal/mail';
import { startTestApi, type TestApi } from '../../test/harness';
import { MailDispatcher } from '../mail/mail-dispatcher';

const log = createLogger({ level: 'silent', pretty: false });
const MINE = `{ myNotifications(first: 50) { nodes { id type title itemRoute itemId readAt } } }`;
const OPEN = `mutation($input: OpenRequestInput!) { openRequest(input: $input) { request { id } userErrors { code } } }`;
const REPLY = `mutation($input: ReplyToRequestInput!) { replyToRequest(input: $input) { request { status } userErrors { code } } }`;
const STATUS = `mutation($ids: [ID!]!, $status: RequestStatus!) { setRequestStatus(input: { requestIds: $ids, status: $status }) { userErrors { code } } }`;

describe('request and invitation notifications', () => {
  let api: TestApi;
  let capture: MailCapture;
  let dispatcher: MailDispatcher;
  const t: Record<string, string> = {};
  const mine = async (who: string) => (await api.gql(MINE, {}, { token: t[who] })).data!.myNotifications.nodes as Array<Record<string, string>>;
  const readAll = (who: string) => api.gql('mutation { markAllNotificationsRead(input: {}) { unreadCount } }', {}, { token: t[who] });

  beforeAll(async () => {
    capture = await startMailCapture({ port: 0, store: new MemoryMailStore() });
    api = await startTestApi();
    const mailer = new SmtpMailer({ host: capture.host, port: capture.port, from: 'Portal <no-reply@portal.test>' });
    dispatcher = new MailDispatcher({ dataSource: api.dataSource, log, render: renderMail, send: (m) => mailer.send(m) });
    for (const who of ['james.okoro', 'reviewer', 'admin']) t[who.split('.')[0].split('@')[0]] = await api.signIn(`${who}@demo.portal`);
    await api.dataSource.query('DELETE FROM notification_preference');
    await api.dataSource.query(`UPDATE notification SET read_at = now() WHERE read_at IS NULL`);
    await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'PENDING'`);
    await dispatcher.flush();
    await capture.store.clear();
  }, 120_000);
  afterAll(async () => {
    // requests.int.test.ts counts every request in the database: leave none behind.
    await api.dataSource.query('DELETE FROM request_message WHERE request_id IN (SELECT id FROM request WHERE requester_id = (SELECT id FROM "user" WHERE email = $1))', ['james.okoro@demo.portal']);
    await api.dataSource.query('DELETE FROM request WHERE requester_id = (SELECT id FROM "user" WHERE email = $1)', ['james.okoro@demo.portal']);
    await api.close();
    await capture.stop();
  });

  it('tells the requester of a staff reply and of "waiting for you", never of internal notes or their own messages', async () => {
    const forms = (await api.gql('{ requestForms { nodes { id nameEn } } }', {}, { token: t.james })).data!.requestForms.nodes;
    const form = forms.find((f: any) => f.nameEn === 'Question about my child');
    const fields = (await api.gql('query($id: ID!) { requestForm(id: $id) { fields { key type required options } } }', { id: form.id }, { token: t.james })).data!.requestForm.fields;
    const answers = fields.filter((f: any) => f.required).map((f: any) => ({ key: f.key, value: f.options?.[0] ?? (f.type === 'DATE' ? '2026-12-01' : f.type === 'NUMBER' ? '1' : 'When is the next school report?') }));
    const opened = (await api.gql(OPEN, { input: { formId: form.id, answers } }, { token: t.james })).data!.openRequest;
    expect(opened.userErrors).toEqual([]);
    const id = opened.request.id;
    expect(await mine('james')).toEqual([]);

    await api.gql(REPLY, { input: { requestId: id, body: 'Checking with the project.', internal: true } }, { token: t.reviewer });
    expect(await mine('james')).toEqual([]);
    await api.gql(REPLY, { input: { requestId: id, body: 'The report comes in January.' } }, { token: t.reviewer });
    const [reply] = await mine('james');
    expect(reply).toMatchObject({ type: 'REQUEST_UPDATE', title: 'New reply on your request "Question about my child"', itemRoute: `/sponsor/requests/${id}`, itemId: id });

    expect((await api.gql(STATUS, { ids: [id], status: 'WAITING_FOR_REQUESTER' }, { token: t.reviewer })).data!.setRequestStatus.userErrors).toEqual([]);
    const [waiting] = await mine('james');
    expect(waiting).toMatchObject({ type: 'REQUEST_UPDATE', title: 'Your request "Question about my child" is waiting for you' });
    // The requester's own answer tells nobody on their side.
    await api.gql(REPLY, { input: { requestId: id, body: 'Thanks, I will wait.' } }, { token: t.james });
    expect(await mine('james')).toHaveLength(2);

    // Unread, it is emailed after the delay (REQUEST_UPDATE defaults to immediate).
    await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'PENDING' AND attempts = 0`);
    await dispatcher.flush();
    const subjects = (await capture.store.list({ to: 'james.okoro@demo.portal' })).map((m) => m.subject).sort();
    expect(subjects).toEqual(['New reply on your request "Question about my child"', 'Your request "Question about my child" is waiting for you']);
    await readAll('james');
  });

  it('tells the inviter in the portal when their invitation is accepted', async () => {
    const email = `invitee-${randomUUID().slice(0, 8)}@example.org`;
    const r = await api.gql(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } userErrors { code } } }`,
      { input: { email, firstName: 'Nadia', lastName: 'Test', role: 'STAFF' } }, { token: t.admin });
    expect(r.data!.inviteUser.userErrors).toEqual([]);
    const [row] = await api.dataSource.query(`SELECT params FROM mail_outbox WHERE to_address = $1 AND template = 'invitation'`, [email]);
    const token = decodeURIComponent(String(row.params.acceptLink).split('#token=')[1]);
    const invitee = r.data!.inviteUser.user.id;
    expect((await mine('admin')).filter((n) => n.itemId === invitee)).toEqual([]);
    await api.gql(`mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { userErrors { code } } }`, { t: token, p: 'Kisumu-sunrise-2026' });
    const about = (await mine('admin')).filter((x) => x.itemId === invitee);
    expect(about).toEqual([expect.objectContaining({ type: 'INVITATION', title: 'Nadia Test accepted your invitation', itemRoute: '/admin/people', readAt: null })]);
  });
});
