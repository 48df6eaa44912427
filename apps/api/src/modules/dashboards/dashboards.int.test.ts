import { startTestApi, type TestApi } from '../../test/harness';

const DASHBOARD = '{ myDashboard { tiles { kind count oldestAt route actionNeeded } } }';
const WRITE = `mutation($input: WriteLetterInput!) { writeLetter(input: $input) { results { letter { id } } userErrors { code } } }`;

type Tile = { kind: string; count: number; oldestAt: string | null; route: string; actionNeeded: boolean };

describe('dashboards', () => {
  let api: TestApi;
  const t: Record<string, string> = {};
  const child: Record<string, string> = {};
  const tiles = async (token: string): Promise<Record<string, Tile>> => {
    const r = await api.gql(DASHBOARD, {}, { token });
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(r.data!.myDashboard.tiles.map((x: Tile) => [x.kind, x]));
  };
  const ordered = async (token: string): Promise<Tile[]> => (await api.gql(DASHBOARD, {}, { token })).data!.myDashboard.tiles;

  beforeAll(async () => {
    api = await startTestApi();
    for (const who of ['james.okoro', 'claire.dubois', 'reviewer', 'partner.kenya', 'partner.uganda']) t[who.replace('.', '_')] = await api.signIn(`${who}@demo.portal`);
    const r = await api.gql('{ children(first: 100) { nodes { id code } } }', {}, { token: t.reviewer });
    for (const c of r.data!.children.nodes) child[c.code] = c.id;
  });
  afterAll(() => api.close());

  it('shows a sponsor the letters waiting for them, and counts only their own', async () => {
    const before = await tiles(t.james_okoro);
    const claireBefore = await tiles(t.claire_dubois);
    await api.gql(WRITE, { input: { childIds: [child['KE-0004']], body: 'A draft for later.' } }, { token: t.james_okoro });
    const after = await tiles(t.james_okoro);
    expect(after.LETTERS_WAITING_FOR_ME).toMatchObject({ count: before.LETTERS_WAITING_FOR_ME.count + 1, route: '/sponsor/letters', actionNeeded: true, oldestAt: expect.any(String) });
    expect((await tiles(t.claire_dubois)).LETTERS_WAITING_FOR_ME.count).toBe(claireBefore.LETTERS_WAITING_FOR_ME.count);
    expect(Object.keys(after).sort()).toEqual(['LETTERS_WAITING_FOR_ME', 'NEW_LETTERS_FROM_CHILDREN', 'NEW_PHOTOS', 'REQUESTS_WAITING_FOR_ME']);
    // Action first: a tile needing action with something in it leads.
    expect((await ordered(t.james_okoro))[0].kind).toBe('LETTERS_WAITING_FOR_ME');
  });

  it('puts a submitted letter in the staff review queue with the age of the oldest, then in the partner print queue once approved', async () => {
    const w = await api.gql(WRITE, { input: { childIds: [child['KE-0004']], body: 'Hello from far away!', submit: true } }, { token: t.james_okoro });
    const letterId = w.data!.writeLetter.results[0].letter.id;
    const staff = await tiles(t.reviewer);
    expect(staff.LETTERS_TO_REVIEW.count).toBeGreaterThanOrEqual(1);
    expect(new Date(staff.LETTERS_TO_REVIEW.oldestAt!).getTime()).toBeLessThanOrEqual(Date.now());
    expect(Object.keys(staff)).toEqual(expect.arrayContaining(['PHOTOS_TO_REVIEW', 'OVERDUE_REQUESTS', 'SYNC_DEAD_CHANGES', 'SYNC_PARKED_RECORDS', 'SYNC_CONFLICTS', 'MAIL_FAILED']));

    const kenyaBefore = await tiles(t.partner_kenya);
    const ugandaBefore = await tiles(t.partner_uganda);
    await api.gql('mutation($id: ID!) { approveLetter(input: { letterId: $id }) { userErrors { code } } }', { id: letterId }, { token: t.reviewer });
    expect((await tiles(t.reviewer)).LETTERS_TO_REVIEW.count).toBe(staff.LETTERS_TO_REVIEW.count - 1);
    const kenya = await tiles(t.partner_kenya);
    expect(kenya.LETTERS_TO_PRINT).toMatchObject({ count: kenyaBefore.LETTERS_TO_PRINT.count + 1, route: '/partner/letters' });
    // Another partner's dashboard does not move.
    expect((await tiles(t.partner_uganda)).LETTERS_TO_PRINT.count).toBe(ugandaBefore.LETTERS_TO_PRINT.count);
    expect(Object.keys(kenya).sort()).toEqual(['LETTERS_TO_DELIVER', 'LETTERS_TO_PRINT', 'OPEN_REQUESTS', 'UPLOADS_NEEDING_ATTENTION']);
  });

  it('counts requests: waiting for the sponsor, open at the partner, overdue for staff', async () => {
    const forms = (await api.gql('{ requestForms { nodes { id nameEn } } }', {}, { token: t.reviewer })).data!.requestForms.nodes;
    const formId = (name: string) => forms.find((f: any) => f.nameEn === name).id;
    const OPEN = 'mutation($input: OpenRequestInput!) { openRequest(input: $input) { request { id } userErrors { code message } } }';
    const STATUS = 'mutation($ids: [ID!]!, $s: RequestStatus!) { setRequestStatus(input: { requestIds: $ids, status: $s }) { userErrors { code } } }';
    const jamesBefore = await tiles(t.james_okoro);
    const claireBefore = await tiles(t.claire_dubois);
    const q = await api.gql(OPEN, { input: { formId: formId('Question about my child'), answers: [{ key: 'child_name', value: 'Daudi' }, { key: 'question', value: 'How is school going?' }] } }, { token: t.james_okoro });
    expect(q.data!.openRequest.userErrors).toEqual([]);
    const requestId = q.data!.openRequest.request.id;
    // Received: staff act next, so nothing waits for James yet.
    expect((await tiles(t.james_okoro)).REQUESTS_WAITING_FOR_ME.count).toBe(jamesBefore.REQUESTS_WAITING_FOR_ME.count);
    await api.gql(STATUS, { ids: [requestId], s: 'WAITING_FOR_REQUESTER' }, { token: t.reviewer });
    const james = await tiles(t.james_okoro);
    expect(james.REQUESTS_WAITING_FOR_ME).toMatchObject({ count: jamesBefore.REQUESTS_WAITING_FOR_ME.count + 1, oldestAt: expect.any(String), route: '/sponsor/requests' });
    expect((await tiles(t.claire_dubois)).REQUESTS_WAITING_FOR_ME.count).toBe(claireBefore.REQUESTS_WAITING_FOR_ME.count);

    const kenyaBefore = await tiles(t.partner_kenya);
    const ugandaBefore = await tiles(t.partner_uganda);
    const staffBefore = await tiles(t.reviewer);
    const p = await api.gql(OPEN, { input: { formId: formId('Report a problem at the project'), answers: [{ key: 'category', value: 'Health' }, { key: 'happened_on', value: '2026-11-30' }, { key: 'description', value: 'A cough is going round.' }] } }, { token: t.partner_kenya });
    expect(p.data!.openRequest.userErrors).toEqual([]);
    expect((await tiles(t.partner_kenya)).OPEN_REQUESTS).toMatchObject({ count: kenyaBefore.OPEN_REQUESTS.count + 1, route: '/partner/requests' });
    expect((await tiles(t.partner_uganda)).OPEN_REQUESTS.count).toBe(ugandaBefore.OPEN_REQUESTS.count);
    // Past its due date it is overdue for staff.
    await api.dataSource.query(`UPDATE request SET due_at = now() - interval '1 day' WHERE id = $1`, [Buffer.from(p.data!.openRequest.request.id, 'base64url').toString('utf8').split(':')[1]]);
    const staff = await tiles(t.reviewer);
    expect(staff.OVERDUE_REQUESTS.count).toBe(staffBefore.OVERDUE_REQUESTS.count + 1);
    expect(staff.OVERDUE_REQUESTS).toMatchObject({ oldestAt: expect.any(String), route: '/admin/requests' });
  });

  it('counts sync problems and failed mail for staff', async () => {
    const before = await tiles(t.reviewer);
    await api.dataSource.query(`INSERT INTO sync_parked (id, object, salesforce_id, record, error_code, message) VALUES (gen_random_uuid(), 'Contact', '003000000000XYZ', '{}', 'TEST', 'parked by the dashboard test')`);
    const after = await tiles(t.reviewer);
    expect(after.SYNC_PARKED_RECORDS.count).toBe(before.SYNC_PARKED_RECORDS.count + 1);
    expect(after.SYNC_PARKED_RECORDS.oldestAt).not.toBeNull();
    await api.dataSource.query(`DELETE FROM sync_parked WHERE message = 'parked by the dashboard test'`);
  });

  it('is for signed-in people only', async () => {
    expect((await api.gql(DASHBOARD)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
