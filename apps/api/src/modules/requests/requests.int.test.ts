import { startTestApi, type TestApi } from '../../test/harness';

const ERRORS = 'userErrors { field code message }';
const REQUEST = `id status nextActor subject requesterKind requesterName overdue dueAt createdAt resolvedAt
  form { id nameEn } owner { email }
  answers { key label value attachment { fileName downloadUrl } }
  messages { nodes { body internal fromStaff authorName attachments { nodes { fileName } } } }`;
const FORMS = `query($all: Boolean!) { requestForms(includeInactive: $all) { nodes { id nameEn nameFr name(language: "fr") audience active responseDays fields { key label type required helpText options } } } }`;
const OPEN = `mutation($input: OpenRequestInput!) { openRequest(input: $input) { request { ${REQUEST} } ${ERRORS} } }`;
const REPLY = `mutation($input: ReplyToRequestInput!) { replyToRequest(input: $input) { request { ${REQUEST} } ${ERRORS} } }`;
const GET = `query($id: ID!) { request(id: $id) { ${REQUEST} } }`;
const LIST = `query($status: [RequestStatus!], $formId: ID, $ownerId: ID, $unassigned: Boolean, $overdue: Boolean, $kind: RequesterKind, $next: RequestActor) {
  requests(first: 100, status: $status, formId: $formId, ownerId: $ownerId, unassigned: $unassigned, overdue: $overdue, requesterKind: $kind, nextActor: $next) {
    totalCount nodes { id status subject } counts { overdue unassigned waitingForStaff byStatus { status count } } } }`;
const STATUS = `mutation($ids: [ID!]!, $status: RequestStatus!) { setRequestStatus(input: { requestIds: $ids, status: $status }) { results { id request { status nextActor } userError { field code message } } ${ERRORS} } }`;
const ASSIGN = `mutation($ids: [ID!]!, $owner: ID) { assignRequests(input: { requestIds: $ids, ownerId: $owner }) { results { request { owner { email } } } ${ERRORS} } }`;
const DUE = `mutation($id: ID!, $due: DateTimeISO) { setRequestDueDate(input: { requestId: $id, dueAt: $due }) { request { overdue dueAt } ${ERRORS} } }`;
const SAVE_FORM = `mutation($input: SaveRequestFormInput!) { saveRequestForm(input: $input) { form { id nameEn active fields { key type options } } ${ERRORS} } }`;
const UPLOAD = `mutation($input: CreateRequestAttachmentUploadInput!) { createRequestAttachmentUpload(input: $input) { attachment { id fileName } url method headers ${ERRORS} } }`;

const ADDRESS = { street: '12 Rue des Lilas', postcode: '75011', city: 'Paris', country: 'France' };
const answers = (o: Record<string, string>) => Object.entries(o).map(([key, value]) => ({ key, value }));

describe('requests', () => {
  let api: TestApi;
  const t: Record<string, string> = {};
  const form: Record<string, { id: string; fields: Array<{ key: string }> }> = {};
  let staffIds: Record<string, string>;

  const open = async (token: string, formName: string, values: Record<string, string>) => {
    const r = await api.gql(OPEN, { input: { formId: form[formName].id, answers: answers(values) } }, { token });
    expect(r.errors).toBeUndefined();
    return r.data!.openRequest;
  };
  const reply = async (token: string, input: Record<string, unknown>) => (await api.gql(REPLY, { input }, { token })).data!.replyToRequest;
  const list = async (token: string, vars: Record<string, unknown> = {}) => (await api.gql(LIST, vars, { token })).data!.requests;

  beforeAll(async () => {
    api = await startTestApi();
    // The integration files share one database and others open requests too (dashboards, KPIs): these
    // tests count the queue, so they start from no requests at all.
    await api.dataSource.query('TRUNCATE TABLE request CASCADE');
    for (const email of ['anna.miller', 'claire.dubois', 'partner.kenya', 'partner.uganda', 'reviewer', 'admin']) t[email.startsWith('partner') ? email.split('.')[1] : email.split('.')[0]] = await api.signIn(`${email}@demo.portal`);
    const forms = (await api.gql(FORMS, { all: true }, { token: t.reviewer })).data!.requestForms.nodes;
    for (const f of forms) form[f.nameEn] = f;
    const people = await api.gql('{ users(first: 100) { nodes { id email role } } }', {}, { token: t.reviewer });
    staffIds = Object.fromEntries(people.data!.users.nodes.map((u: any) => [u.email.split('@')[0], u.id]));
    // Six sign-ins (argon2) and the migrations: slow on a busy machine.
  }, 120_000);
  afterAll(() => api.close());

  it('seeds three forms; each requester sees only the active forms meant for them, in their language', async () => {
    expect(Object.keys(form).sort()).toEqual(['Change my address', 'Question about my child', 'Report a problem at the project']);
    const sponsorForms = (await api.gql(FORMS, { all: true }, { token: t.anna })).data!.requestForms.nodes;
    expect(sponsorForms.map((f: any) => [f.nameEn, f.name])).toEqual([['Change my address', 'Changer mon adresse'], ['Question about my child', 'Question sur mon enfant']]);
    const partnerForms = (await api.gql(FORMS, { all: false }, { token: t.kenya })).data!.requestForms.nodes;
    expect(partnerForms.map((f: any) => f.nameEn)).toEqual(['Report a problem at the project']);
    expect(partnerForms[0].fields.map((f: any) => f.type)).toEqual(['SELECT', 'DATE', 'LONG_TEXT', 'NUMBER', 'ATTACHMENT']);
    // A partner cannot open a sponsor form, even knowing its ID.
    const r = await api.gql(OPEN, { input: { formId: form['Change my address'].id, answers: answers(ADDRESS) } }, { token: t.kenya });
    expect(r.data!.openRequest.userErrors).toEqual([{ field: ['input', 'formId'], code: 'INVALID', message: 'This form is not available.' }]);
  });

  it('refuses a submission with the field and the reason of each problem', async () => {
    const r = await open(t.anna, 'Change my address', { ...ADDRESS, street: ' ', country: 'Narnia', moving_date: '2026-13-01', shoe_size: '42' });
    expect(r.request).toBeNull();
    expect(r.userErrors).toEqual([
      { field: ['input', 'answers', 'shoe_size'], code: 'INVALID', message: 'This form has no such field.' },
      { field: ['input', 'answers', 'street'], code: 'REQUIRED', message: 'Street and number: This field is required.' },
      { field: ['input', 'answers', 'country'], code: 'INVALID', message: 'Country: Choose one of: United Kingdom, France, Belgium, Switzerland, Other.' },
      { field: ['input', 'answers', 'moving_date'], code: 'INVALID', message: 'Moving date: Enter a date as YYYY-MM-DD.' },
    ]);
    expect(Number((await api.dataSource.query('SELECT COUNT(*) FROM request'))[0].count)).toBe(0);
  });

  it('a sponsor opens a request; staff answer and wait for the sponsor; the sponsor replies; internal notes stay internal', async () => {
    const opened = await open(t.anna, 'Change my address', { ...ADDRESS, moving_date: '2026-12-20' });
    expect(opened.userErrors).toEqual([]);
    const req = opened.request;
    expect(req).toMatchObject({ status: 'RECEIVED', nextActor: 'STAFF', subject: 'Change my address', requesterKind: 'SPONSOR', requesterName: 'Anna', overdue: false, owner: null, messages: { nodes: [] } });
    expect(new Date(req.dueAt).getTime() - new Date(req.createdAt).getTime()).toBe(5 * 86_400_000);
    expect(req.answers.map((a: any) => [a.label, a.value])).toEqual([['Street and number', '12 Rue des Lilas'], ['Postcode', '75011'], ['City', 'Paris'], ['Country', 'France'], ['Moving date', '2026-12-20']]);

    // Out of scope is not found: another sponsor, a partner.
    for (const who of ['claire', 'kenya']) {
      const other = await api.gql(GET, { id: req.id }, { token: t[who] });
      expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
      expect((await list(t[who])).nodes.map((n: any) => n.id)).not.toContain(req.id);
    }
    expect((await api.gql(GET, { id: req.id }, { token: t.reviewer })).data!.request.requesterName).toBe('Anna Miller');

    const note = await reply(t.reviewer, { requestId: req.id, body: 'Check the postcode against the CRM first.', internal: true });
    expect(note.userErrors).toEqual([]);
    expect(note.request.status).toBe('RECEIVED');
    const asked = await reply(t.reviewer, { requestId: req.id, body: 'Is this also your new billing address?', status: 'WAITING_FOR_REQUESTER' });
    expect(asked.request).toMatchObject({ status: 'WAITING_FOR_REQUESTER', nextActor: 'REQUESTER' });
    expect(asked.request.messages.nodes.map((m: any) => m.internal)).toEqual([true, false]);

    const seen = (await api.gql(GET, { id: req.id }, { token: t.anna })).data!.request;
    expect(seen).toMatchObject({ status: 'WAITING_FOR_REQUESTER', nextActor: 'REQUESTER', owner: null });
    expect(seen.messages.nodes).toEqual([{ body: 'Is this also your new billing address?', internal: false, fromStaff: true, authorName: 'Samuel', attachments: { nodes: [] } }]);
    const sneaky = await reply(t.anna, { requestId: req.id, body: 'note', internal: true });
    expect(sneaky.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED', field: ['input', 'internal'] });
    const setting = await reply(t.anna, { requestId: req.id, body: 'done', status: 'RESOLVED' });
    expect(setting.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED', field: ['input', 'status'] });
    expect((await reply(t.anna, { requestId: req.id, body: '   ' })).userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'body'] });
    const hidden = await api.gql(REPLY, { input: { requestId: req.id, body: 'Hello' } }, { token: t.claire });
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');

    const answered = await reply(t.anna, { requestId: req.id, body: 'Yes, please use it for everything.' });
    expect(answered.request).toMatchObject({ status: 'IN_PROGRESS', nextActor: 'STAFF' });
    expect(answered.request.messages.nodes.map((m: any) => m.body)).toEqual(['Is this also your new billing address?', 'Yes, please use it for everything.']);

    const audited: Array<{ details: { from: string | null; to: string } }> = await api.dataSource.query(`SELECT details FROM audit_event WHERE action = 'request.status_changed' AND target_id = $1 ORDER BY created_at`, [Buffer.from(req.id, 'base64url').toString().split(':')[1]]);
    expect(audited.map((a) => [a.details.from, a.details.to])).toEqual([[null, 'RECEIVED'], ['RECEIVED', 'WAITING_FOR_REQUESTER'], ['WAITING_FOR_REQUESTER', 'IN_PROGRESS']]);
  });

  it('partners see the requests of their organization, with attachments uploaded straight to storage', async () => {
    const bytes = Buffer.from('%PDF-1.4\n% a tiny report\n');
    const up = (await api.gql(UPLOAD, { input: { fileName: 'roof.pdf', contentType: 'application/pdf', byteSize: bytes.length } }, { token: t.kenya })).data!.createRequestAttachmentUpload;
    expect(up.userErrors).toEqual([]);
    expect((await fetch(new URL(up.url, api.url), { method: up.method, headers: up.headers, body: bytes })).status).toBeLessThan(300);
    const refused = (await api.gql(UPLOAD, { input: { fileName: 'tool.exe', contentType: 'application/x-msdownload', byteSize: 10 } }, { token: t.kenya })).data!.createRequestAttachmentUpload;
    expect(refused.userErrors[0].field).toEqual(['input', 'contentType']);

    // Another organization cannot use the file.
    const stolen = await open(t.uganda, 'Report a problem at the project', { category: 'Safety', happened_on: '2026-11-30', description: 'x', photo: up.attachment.id });
    expect(stolen.userErrors).toEqual([{ field: ['input', 'answers', 'photo'], code: 'INVALID', message: 'Upload the file again.' }]);

    const r = await open(t.kenya, 'Report a problem at the project', { category: 'Building or equipment', happened_on: '2026-11-30', description: 'The roof of the classroom leaks.', people_affected: '40', photo: up.attachment.id });
    expect(r.userErrors).toEqual([]);
    expect(r.request).toMatchObject({ requesterKind: 'PARTNER', status: 'RECEIVED' });
    const photo = r.request.answers.find((a: any) => a.key === 'photo');
    expect(photo).toMatchObject({ value: 'roof.pdf', attachment: { fileName: 'roof.pdf' } });
    const got = await fetch(new URL(photo.attachment.downloadUrl, api.url));
    expect(Buffer.from(await got.arrayBuffer())).toEqual(bytes);
    expect((await api.gql(GET, { id: r.request.id }, { token: t.uganda })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await list(t.uganda)).totalCount).toBe(0);
    // The same file cannot be attached twice.
    const again = await open(t.kenya, 'Report a problem at the project', { category: 'Safety', happened_on: '2026-11-30', description: 'y', photo: up.attachment.id });
    expect(again.userErrors[0].field).toEqual(['input', 'answers', 'photo']);
  });

  it('staff filter the queue, assign, move due dates and change statuses in bulk, each request on its own', async () => {
    const q = (await open(t.claire, 'Question about my child', { child_name: 'Amani', question: 'How is school going?', may_share: 'true' })).request;
    const all = await list(t.reviewer);
    expect(all.totalCount).toBe(3);
    expect(all.counts).toMatchObject({ overdue: 0, unassigned: 3, waitingForStaff: 3 });
    expect(all.counts.byStatus).toEqual([{ status: 'RECEIVED', count: 2 }, { status: 'IN_PROGRESS', count: 1 }, { status: 'WAITING_FOR_REQUESTER', count: 0 }, { status: 'RESOLVED', count: 0 }, { status: 'CLOSED', count: 0 }]);
    expect((await list(t.reviewer, { kind: 'PARTNER' })).nodes.map((n: any) => n.subject)).toEqual(['Report a problem at the project']);
    expect((await list(t.reviewer, { formId: form['Question about my child'].id })).nodes.map((n: any) => n.id)).toEqual([q.id]);
    expect((await list(t.reviewer, { status: ['IN_PROGRESS'] })).nodes.map((n: any) => n.subject)).toEqual(['Change my address']);

    const bad = await api.gql(ASSIGN, { ids: [q.id], owner: staffIds['anna.miller'] }, { token: t.reviewer });
    expect(bad.data!.assignRequests.userErrors[0].field).toEqual(['input', 'ownerId']);
    const assigned = await api.gql(ASSIGN, { ids: [q.id], owner: staffIds.admin }, { token: t.reviewer });
    expect(assigned.data!.assignRequests.results[0].request.owner.email).toBe('admin@demo.portal');
    expect((await list(t.reviewer, { ownerId: staffIds.admin })).nodes.map((n: any) => n.id)).toEqual([q.id]);
    expect((await list(t.reviewer, { unassigned: true })).totalCount).toBe(2);
    expect((await api.gql(GET, { id: q.id }, { token: t.claire })).data!.request.owner).toBeNull();

    const due = await api.gql(DUE, { id: q.id, due: new Date(Date.now() - 3_600_000).toISOString() }, { token: t.reviewer });
    expect(due.data!.setRequestDueDate.request.overdue).toBe(true);
    expect((await list(t.reviewer, { overdue: true })).nodes.map((n: any) => n.id)).toEqual([q.id]);
    expect((await list(t.reviewer)).counts.overdue).toBe(1);

    const closedFirst = all.nodes.find((n: any) => n.subject === 'Report a problem at the project').id;
    await api.gql(STATUS, { ids: [closedFirst], status: 'CLOSED' }, { token: t.reviewer });
    const bulk = (await api.gql(STATUS, { ids: [q.id, closedFirst, 'nonsense'], status: 'RESOLVED' }, { token: t.reviewer })).data!.setRequestStatus;
    expect(bulk.results.map((r: any) => r.request?.status ?? r.userError.code)).toEqual(['RESOLVED', 'ILLEGAL_TRANSITION', 'INVALID']);
    expect(bulk.userErrors.map((e: any) => e.field)).toEqual([['input', 'requestIds', '1'], ['input', 'requestIds', '2']]);
    const resolved = (await api.gql(GET, { id: q.id }, { token: t.claire })).data!.request;
    expect(resolved).toMatchObject({ status: 'RESOLVED', nextActor: 'REQUESTER', overdue: false });
    expect(resolved.resolvedAt).not.toBeNull();

    // Requesters cannot work the queue.
    for (const m of [STATUS, ASSIGN]) expect((await api.gql(m, { ids: [q.id], status: 'CLOSED', owner: null }, { token: t.claire })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('staff define forms without code; bad definitions say which field; inactive forms disappear for requesters', async () => {
    const input = { nameEn: 'Update my email', nameFr: 'Changer mon e-mail', audience: 'BOTH', responseDays: 2, fields: [{ key: 'email', label: 'New email', type: 'TEXT', required: true }, { key: 'reason', label: 'Why', type: 'SELECT', required: false, options: ['Moved'] }] };
    const bad = (await api.gql(SAVE_FORM, { input }, { token: t.admin })).data!.saveRequestForm;
    expect(bad.userErrors).toEqual([{ field: ['input', 'fields', '1', 'options'], code: 'REQUIRED', message: 'A choice needs at least two options.' }]);
    input.fields[1].options = ['Moved', 'New provider'];
    const saved = (await api.gql(SAVE_FORM, { input }, { token: t.admin })).data!.saveRequestForm;
    expect(saved.userErrors).toEqual([]);
    for (const who of ['anna', 'kenya']) expect((await api.gql(FORMS, { all: false }, { token: t[who] })).data!.requestForms.nodes.map((f: any) => f.nameEn)).toContain('Update my email');

    const off = (await api.gql(SAVE_FORM, { input: { ...input, id: saved.form.id, active: false } }, { token: t.admin })).data!.saveRequestForm;
    expect(off.form.active).toBe(false);
    expect((await api.gql(FORMS, { all: false }, { token: t.anna })).data!.requestForms.nodes.map((f: any) => f.nameEn)).not.toContain('Update my email');
    expect((await api.gql(FORMS, { all: true }, { token: t.reviewer })).data!.requestForms.nodes.map((f: any) => f.nameEn)).toContain('Update my email');
    expect((await api.gql(SAVE_FORM, { input }, { token: t.anna })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('integrator tokens read requests with REQUESTS_READ (never internal notes) and change them with REQUESTS_WRITE', async () => {
    const make = async (scopes: string[]) => (await api.gql(`mutation($s: [ApiScope!]!) { createApiToken(input: { name: "Helpdesk", scopes: $s }) { secret } }`, { s: scopes }, { token: t.reviewer })).data!.createApiToken.secret as string;
    const none = await make(['CHILDREN_READ']);
    expect((await list(none)).totalCount).toBe(0);
    const reader = await make(['REQUESTS_READ']);
    const seen = await list(reader);
    expect(seen.totalCount).toBe(3);
    const address = seen.nodes.find((n: any) => n.subject === 'Change my address');
    const thread = (await api.gql(GET, { id: address.id }, { token: reader })).data!.request.messages.nodes;
    expect(thread.map((m: any) => m.internal)).toEqual([false, false]);
    expect((await api.gql(STATUS, { ids: [address.id], status: 'RESOLVED' }, { token: reader })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const writer = await make(['REQUESTS_READ', 'REQUESTS_WRITE']);
    const moved = (await api.gql(STATUS, { ids: [address.id], status: 'RESOLVED' }, { token: writer })).data!.setRequestStatus;
    expect(moved.results[0].request.status).toBe('RESOLVED');
    expect((await api.gql(REPLY, { input: { requestId: address.id, body: 'hi' } }, { token: writer })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
