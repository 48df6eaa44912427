import { startTestApi, type TestApi } from '../../test/harness';

const CHILDREN = `query($first: Int, $after: String, $search: String) {
  children(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id code firstName lastName project { code partnerOrganization { name } }
      sponsorships { totalCount nodes { sponsorFirstName sponsor { email } } } }
  }
}`;

const codes = (r: { data?: any }) => (r.data!.children.nodes as Array<{ code: string }>).map((n) => n.code);

describe('row scope', () => {
  let api: TestApi;
  const t: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi();
    t.anna = await api.signIn('anna.miller@demo.portal');
    t.claire = await api.signIn('claire.dubois@demo.portal');
    t.kenya = await api.signIn('partner.kenya@demo.portal');
    t.uganda = await api.signIn('partner.uganda@demo.portal');
    t.staff = await api.signIn('reviewer@demo.portal');
  });
  afterAll(() => api.close());

  it('a sponsor sees only the children they sponsor, without last names', async () => {
    const r = await api.gql(CHILDREN, { first: 100 }, { token: t.anna });
    expect(codes(r)).toEqual(['KE-0001', 'KE-0002', 'UG-0001']);
    expect(r.data!.children.totalCount).toBe(3);
    expect(r.data!.children.nodes.every((n: any) => n.lastName === null)).toBe(true);
    const claire = await api.gql(CHILDREN, { first: 100 }, { token: t.claire });
    expect(codes(claire)).toEqual(['KE-0003', 'KN-0001', 'UG-0002', 'UG-0003']);
  });

  it("a sponsor sees only their own sponsorship of a child, not other sponsors'", async () => {
    const r = await api.gql(CHILDREN, { first: 1 }, { token: t.anna });
    expect(r.data!.children.nodes[0].sponsorships.nodes).toEqual([{ sponsorFirstName: 'Anna', sponsor: { email: 'anna.miller@demo.portal' } }]);
  });

  it("a partner sees only its organization's children, and of sponsors only the first name", async () => {
    const r = await api.gql(CHILDREN, { first: 100 }, { token: t.kenya });
    const cs = codes(r);
    expect(cs.length).toBe(18);
    expect(cs.every((c) => c.startsWith('KE-') || c.startsWith('KN-'))).toBe(true);
    expect(r.data!.children.nodes[0].lastName).not.toBeNull();
    const sponsored = r.data!.children.nodes.find((n: any) => n.code === 'KE-0001');
    expect(sponsored.sponsorships.nodes).toEqual([{ sponsorFirstName: 'Anna', sponsor: null }]);
    const u = await api.gql(CHILDREN, { first: 100 }, { token: t.uganda });
    expect(codes(u).every((c) => c.startsWith('UG-'))).toBe(true);
    expect(u.data!.children.totalCount).toBe(10);
  });

  it('staff see every child', async () => {
    const r = await api.gql(CHILDREN, { first: 100 }, { token: t.staff });
    expect(r.data!.children.totalCount).toBe(28);
  });

  it('child(id), node(id) and nodes(ids) return NOT_FOUND for what is out of scope, exactly like a nonexistent ID', async () => {
    const all = await api.gql(CHILDREN, { first: 100 }, { token: t.staff });
    const byCode = new Map<string, string>(all.data!.children.nodes.map((n: any) => [n.code, n.id]));
    const mine = byCode.get('KE-0001')!;
    const theirs = byCode.get('KE-0003')!; // Claire's child, same project
    const project = await api.gql('{ projects(first: 1) { nodes { id } } }', {}, { token: t.staff });
    const projectId = project.data!.projects.nodes[0].id;
    const nonexistent = Buffer.from('Child:00000000-0000-4000-8000-000000000000').toString('base64url');

    const ok = await api.gql('query($id: ID!) { child(id: $id) { code } node(id: $id) { id ... on Child { code } } }', { id: mine }, { token: t.anna });
    expect(ok.data).toEqual({ child: { code: 'KE-0001' }, node: { id: mine, code: 'KE-0001' } });

    const shapes: unknown[] = [];
    for (const id of [theirs, nonexistent, 'not-an-id', projectId.replace(/.$/, 'x')]) {
      const r = await api.gql('query($id: ID!) { child(id: $id) { code } }', { id }, { token: t.anna });
      expect(r.data).toEqual({ child: null });
      expect(r.errors!.map((e) => e.extensions!.code)).toEqual(['NOT_FOUND']);
      shapes.push(r.errors![0].message);
    }
    expect(new Set(shapes).size).toBe(1);
    // A project ID passed as a child ID is the wrong type: not found, never the project.
    const wrongType = await api.gql('query($id: ID!) { child(id: $id) { code } }', { id: projectId }, { token: t.staff });
    expect(wrongType.data).toEqual({ child: null });

    const nodes = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [mine, theirs, 'bogus'] }, { token: t.anna });
    expect(nodes.data!.nodes).toEqual([{ id: mine }, null, null]);
    expect(nodes.errors!.map((e) => [e.path, e.extensions!.code])).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
      [['nodes', 2], 'NOT_FOUND'],
    ]);
  });

  it("a partner cannot reach another organization's child, project or sponsor through node()", async () => {
    const all = await api.gql(CHILDREN, { first: 100, search: 'UG-0001' }, { token: t.staff });
    const ug = all.data!.children.nodes[0];
    const r = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: ug.id }, { token: t.kenya });
    expect(r.data).toEqual({ node: null });
    expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
    const sponsor = await api.gql('{ sponsorships(first: 1) { nodes { id sponsor { id } } } }', {}, { token: t.staff });
    const sponsorId = sponsor.data!.sponsorships.nodes[0].sponsor.id;
    const asPartner = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: sponsorId }, { token: t.kenya });
    expect(asPartner.data).toEqual({ node: null });
  });

  it('projects and sponsorships follow the same scope', async () => {
    const anna = await api.gql('{ projects { nodes { code } } sponsorships { totalCount } }', {}, { token: t.anna });
    expect(anna.data!.projects.nodes.map((p: any) => p.code).sort()).toEqual(['KE', 'UG']);
    expect(anna.data!.sponsorships.totalCount).toBe(3);
    const kenya = await api.gql('{ projects { nodes { code } } sponsorships { totalCount } }', {}, { token: t.kenya });
    expect(kenya.data!.projects.nodes.map((p: any) => p.code).sort()).toEqual(['KE', 'KN']);
    expect(kenya.data!.sponsorships.totalCount).toBe(6);
  });
});

describe('connections', () => {
  let api: TestApi;
  let staff: string;
  beforeAll(async () => {
    api = await startTestApi();
    staff = await api.signIn('admin@demo.portal');
  });
  afterAll(() => api.close());

  it('pages through every child with keyset cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: any = await api.gql(CHILDREN, { first: 5, after }, { token: staff });
      seen.push(...codes(r));
      if (!r.data.children.pageInfo.hasNextPage) break;
      after = r.data.children.pageInfo.endCursor;
    }
    expect(seen.length).toBe(28);
    expect(new Set(seen).size).toBe(28);
    expect([...seen].sort()).toEqual(seen);
  });

  it('defaults to 20 and refuses more than 100 with BAD_USER_INPUT', async () => {
    const r = await api.gql('{ children { nodes { code } } }', {}, { token: staff });
    expect(r.data!.children.nodes).toHaveLength(20);
    const big = await api.gql('query($n: Int) { children(first: $n) { totalCount } }', { n: 101 }, { token: staff });
    expect(big.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const bad = await api.gql('{ children(after: "nonsense") { totalCount } }', {}, { token: staff });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('searches by code in its common spellings and by name', async () => {
    for (const search of ['KE-0042', 'ke-0004', 'KE0004', 'Otieno']) {
      const r = await api.gql(CHILDREN, { search }, { token: staff });
      if (search === 'KE-0042') expect(codes(r)).toEqual([]);
      else expect(codes(r).length).toBeGreaterThan(0);
    }
    const r = await api.gql(CHILDREN, { search: 'ke0004' }, { token: staff });
    expect(codes(r)).toEqual(['KE-0004']);
  });
});
