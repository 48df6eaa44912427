import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '../../test/harness';
import { startCapturedMail, type CapturedMail } from '../../test/captured-mail';

const MINE = `{ myNotifications(first: 50) { nodes { id type title itemRoute itemId readAt } } }`;
const OPEN = `mutation($input: OpenRequestInput!) { openRequest(input: $input) { request { id } userErrors { code } } }`;
const REPLY = `mutation($input: ReplyToRequestInput!) { replyToRequest(input: $input) { request { status } userErrors { code } } }`;
const STATUS = `mutation($ids: [ID!]!, $status: RequestStatus!) { setRequestStatus(input: { requestIds: $ids, status: $status }) { userErrors { code } } }`;

describe('request and invitation notifications', () => {
  let api: TestApi;
  let mail: CapturedMail;
  const t: Record<string, string> = {};
  const mine = async (who: string) => (await api.gql(MINE, {}, { token: t[who] })).data!.myNotifications.nodes as Array<Record<string, string>>;
  const readAll = (who: string) => api.gql('mutation { markAllNotificationsRead(input: {}) { unreadCount } }', {}, { token: t[who] });

  beforeAll(async () => {
    api = await startTestApi();
    for (const who of ['james.okoro', 'reviewer', 'admin']) t[who.split('.')[0].split('@')[0]] = await api.signIn(`${who}@demo.portal`);
    mail = await startCapturedMail(api);
  }, 120_000);
  afterAll(async () => {
    // requests.int.test.ts counts every request in the database: leave none behind.
    await api.dataSource.query('DELETE FROM request_message WHERE request_id IN (SELECT id FROM request WHERE requester_id = (SELECT id FROM "user" WHERE email = $1))', ['james.okoro@demo.portal']);
    await api.dataSource.query('DELETE FROM request WHERE requester_id = (SELECT id FROM "user" WHERE email = $1)', ['james.okoro@demo.portal']);
    await api.close();
    await mail.stop();
  });

  it('tells the requester of a staff reply and of "waiting for you", never of internal notes or their own messages', async () => {
    const forms = (await api.gql('{ requestForms { nodes { id nameEn } } }', {}, { token: t.james })).data!.requestForms.nodes;
    const form = forms.find((f: any) => f.nameEn === 'Question about my child');
    const fields = (await api.gql('query($id: ID!) { requestForm(id: $id) { fields { key type required options } } }', { id: form.id }, { token: t.james })).data!.requestForm.fields;
    const answers = fields.filter((f: any) => f.required).map((f: any) => ({ key: f.key, value: f.options?.[0] ?? (f.type === 'DATE' ? '2026-12-01' : f.type === 'NUMBER' ? '1' : 'When is the next school report?') }));
    const opened = (await api.gql(OPEN, { input: { formId: form.id, answers } }, { token: t.james })).data!.openRequest;
    expect(opened.userErrors).toEqual([]);
    const id = opened.request.id;
    // Only what is about this request counts (other files notify James too).
    const about = async () => (await mine('james')).filter((n) => n.itemId === id);
    expect(await about()).toEqual([]);

    await api.gql(REPLY, { input: { requestId: id, body: 'Checking with the project.', internal: true } }, { token: t.reviewer });
    expect(await about()).toEqual([]);
    await api.gql(REPLY, { input: { requestId: id, body: 'The report comes in January.' } }, { token: t.reviewer });
    const [reply] = await about();
    expect(reply).toMatchObject({ type: 'REQUEST_UPDATE', title: 'New reply on your request "Question about my child"', itemRoute: `/sponsor/requests/${id}`, itemId: id });

    expect((await api.gql(STATUS, { ids: [id], status: 'WAITING_FOR_REQUESTER' }, { token: t.reviewer })).data!.setRequestStatus.userErrors).toEqual([]);
    const [waiting] = await about();
    expect(waiting).toMatchObject({ type: 'REQUEST_UPDATE', title: 'Your request "Question about my child" is waiting for you' });
    // The requester's own answer tells nobody on their side.
    await api.gql(REPLY, { input: { requestId: id, body: 'Thanks, I will wait.' } }, { token: t.james });
    expect(await about()).toHaveLength(2);

    // Unread, it is emailed after the delay (REQUEST_UPDATE defaults to immediate).
    await mail.sendHeldBack();
    const subjects = (await mail.capture.store.list({ to: 'james.okoro@demo.portal' })).map((m) => m.subject).filter((x) => x.includes('Question about my child')).sort();
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
