import { startTestApi, type TestApi } from '../../test/harness';

const ERRORS = 'userErrors { field code message }';
const LETTER = 'id status body language stationeryKey flagged safeguardingFlags { kind } child { code }';
const BULK = `results { id letter { ${LETTER} } userError { field code message } } ${ERRORS}`;
const WRITE = `mutation($input: WriteLetterInput!) { writeLetter(input: $input) { ${BULK} } }`;
const SAVE = `mutation($input: SaveLetterDraftsInput!) { saveLetterDrafts(input: $input) { ${BULK} } }`;
const DELETE = `mutation($ids: [ID!]!) { deleteLetterDrafts(input: { letterIds: $ids }) { ${BULK} } }`;
const SUBMIT = `mutation($ids: [ID!]!) { submitLetters(input: { letterIds: $ids }) { ${BULK} } }`;
const GET = `query($id: ID!) { letter(id: $id) { ${LETTER} } }`;

describe('letter drafts (autosave) and stationery', () => {
  let api: TestApi;
  const t: Record<string, string> = {};
  const child: Record<string, { id: string; firstName: string }> = {};
  const ids = (r: any): string[] => r.results.map((x: any) => x.letter.id);

  beforeAll(async () => {
    api = await startTestApi();
    t.anna = await api.signIn('anna.miller@demo.portal');
    t.claire = await api.signIn('claire.dubois@demo.portal');
    t.reviewer = await api.signIn('reviewer@demo.portal');
    const r = await api.gql('{ children(first: 100) { nodes { id code firstName } } }', {}, { token: t.reviewer });
    for (const c of r.data!.children.nodes) child[c.code] = { id: c.id, firstName: c.firstName };
  });
  afterAll(() => api.close());

  it('lists the built-in stationery and refuses an unknown key, writing nothing', async () => {
    const list = await api.gql('{ letterStationery { key label description } }', {}, { token: t.anna });
    expect(list.data!.letterStationery.map((s: any) => s.key)).toEqual(['plain', 'balloons', 'stars']);
    const bad = await api.gql(WRITE, { input: { childIds: [child['KE-0001'].id], body: 'Hi', stationeryKey: 'unicorns' } }, { token: t.anna });
    expect(bad.data!.writeLetter).toEqual({ results: [], userErrors: [{ field: ['input', 'stationeryKey'], code: 'INVALID', message: expect.stringContaining('"balloons"') }] });
    const anonymous = await api.gql('{ letterStationery { key } }');
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('autosaves the same text to each draft of a group, filling merge fields per child and screening it', async () => {
    const first = (await api.gql(WRITE, { input: { childIds: [child['KE-0002'].id, child['UG-0001'].id], body: 'Dear {{childFirstName}}', stationeryKey: 'balloons' } }, { token: t.anna })).data!.writeLetter;
    expect(first.userErrors).toEqual([]);
    const drafts = ids(first);
    const saved = (await api.gql(SAVE, { input: { letterIds: drafts, body: 'Dear {{childFirstName}}, see www.example.com', stationeryKey: 'stars' } }, { token: t.anna })).data!.saveLetterDrafts;
    expect(saved.userErrors).toEqual([]);
    expect(saved.results.map((r: any) => r.letter)).toEqual([
      expect.objectContaining({ status: 'DRAFT', body: `Dear ${child['KE-0002'].firstName}, see www.example.com`, stationeryKey: 'stars', flagged: true, safeguardingFlags: [{ kind: 'LINK' }] }),
      expect.objectContaining({ status: 'DRAFT', body: `Dear ${child['UG-0001'].firstName}, see www.example.com`, stationeryKey: 'stars', flagged: true }),
    ]);
    // Reopened later: the saved text is there.
    expect((await api.gql(GET, { id: drafts[1] }, { token: t.anna })).data!.letter).toMatchObject({ status: 'DRAFT', stationeryKey: 'stars', child: { code: 'UG-0001' } });
    // Leaving stationeryKey out keeps it; an unknown merge field saves nothing.
    const kept = (await api.gql(SAVE, { input: { letterIds: drafts, body: 'Dear {{childFirstName}}!' } }, { token: t.anna })).data!.saveLetterDrafts;
    expect(kept.results[0].letter).toMatchObject({ body: `Dear ${child['KE-0002'].firstName}!`, stationeryKey: 'stars', flagged: false });
    const unknown = (await api.gql(SAVE, { input: { letterIds: drafts, body: 'Dear {{nickname}}' } }, { token: t.anna })).data!.saveLetterDrafts;
    expect(unknown).toEqual({ results: [], userErrors: [{ field: ['input', 'body'], code: 'INVALID', message: expect.stringContaining('{{nickname}}') }] });
    expect((await api.gql(GET, { id: drafts[0] }, { token: t.anna })).data!.letter.body).toBe(`Dear ${child['KE-0002'].firstName}!`);
  });

  it('refuses to autosave over a letter already sent, and another sponsor cannot reach the drafts', async () => {
    const r = (await api.gql(WRITE, { input: { childIds: [child['KE-0001'].id], body: 'Hello' } }, { token: t.anna })).data!.writeLetter;
    const [id] = ids(r);
    expect((await api.gql(SAVE, { input: { letterIds: [id], body: 'Hi' } }, { token: t.claire })).data!.saveLetterDrafts.userErrors).toEqual([
      { field: ['input', 'letterIds', '0'], code: 'INVALID', message: 'No letter with this ID.' },
    ]);
    expect((await api.gql(DELETE, { ids: [id] }, { token: t.claire })).data!.deleteLetterDrafts.userErrors[0].code).toBe('INVALID');
    expect((await api.gql(SUBMIT, { ids: [id] }, { token: t.anna })).data!.submitLetters.userErrors).toEqual([]);
    const late = (await api.gql(SAVE, { input: { letterIds: [id], body: 'Changed after sending' } }, { token: t.anna })).data!.saveLetterDrafts;
    expect(late.userErrors).toEqual([{ field: ['input', 'letterIds', '0'], code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('cannot edit') }]);
    expect((await api.gql(GET, { id }, { token: t.anna })).data!.letter).toMatchObject({ status: 'SUBMITTED', body: 'Hello' });
    // Sent letters cannot be deleted either.
    const del = (await api.gql(DELETE, { ids: [id] }, { token: t.anna })).data!.deleteLetterDrafts;
    expect(del.userErrors).toEqual([{ field: ['input', 'letterIds', '0'], code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('cannot delete') }]);
  });

  it('deletes drafts: they are gone for good', async () => {
    const r = (await api.gql(WRITE, { input: { childIds: [child['KE-0001'].id, child['KE-0002'].id], body: 'Throw me away' } }, { token: t.anna })).data!.writeLetter;
    const drafts = ids(r);
    const del = (await api.gql(DELETE, { ids: drafts }, { token: t.anna })).data!.deleteLetterDrafts;
    expect(del).toEqual({ results: drafts.map((id) => ({ id, letter: null, userError: null })), userErrors: [] });
    const gone = await api.gql(GET, { id: drafts[0] }, { token: t.anna });
    expect(gone.errors![0].extensions!.code).toBe('NOT_FOUND');
    const again = (await api.gql(DELETE, { ids: [drafts[1]] }, { token: t.anna })).data!.deleteLetterDrafts;
    expect(again.userErrors[0]).toMatchObject({ code: 'INVALID', message: 'No letter with this ID.' });
    // Staff cannot delete a sponsor's draft (only its writer may).
    const other = ids((await api.gql(WRITE, { input: { childIds: [child['KE-0001'].id], body: 'Mine' } }, { token: t.anna })).data!.writeLetter);
    const byStaff = await api.gql(DELETE, { ids: other }, { token: t.reviewer });
    expect(byStaff.errors?.[0].extensions!.code ?? byStaff.data!.deleteLetterDrafts.userErrors[0].code).toMatch(/FORBIDDEN|ILLEGAL_TRANSITION/);
  });
});
