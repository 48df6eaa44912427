import { startTestApi, type TestApi } from '../../test/harness';

const CREATE = `mutation($name: String!, $scopes: [ApiScope!]!, $days: Int) {
  createApiToken(input: { name: $name, scopes: $scopes, expiresInDays: $days }) {
    secret apiToken { id name prefix scopes lastUsedAt revokedAt } userErrors { field code message }
  }
}`;

describe('integrator API tokens', () => {
  let api: TestApi;
  let staff: string;
  beforeAll(async () => {
    api = await startTestApi();
    staff = await api.signIn('reviewer@demo.portal');
  });
  afterAll(() => api.close());

  it('staff create a token shown once; it reads children with Bearer, records last use, and is audited', async () => {
    const r = await api.gql(CREATE, { name: 'Finance reporting', scopes: ['CHILDREN_READ'] }, { token: staff });
    const { secret, apiToken } = r.data!.createApiToken;
    expect(secret).toMatch(/^cpt_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toEqual(expect.objectContaining({ name: 'Finance reporting', prefix: secret.slice(0, 12), scopes: ['CHILDREN_READ'], lastUsedAt: null }));

    const children = await api.gql('{ children(first: 100) { totalCount nodes { code sponsorships { nodes { sponsorFirstName sponsor { email } } } } } }', {}, { token: secret });
    expect(children.errors).toBeUndefined();
    expect(children.data!.children.totalCount).toBe(28);
    const sponsored = children.data!.children.nodes.find((c: any) => c.code === 'KE-0001');
    expect(sponsored.sponsorships.nodes).toEqual([{ sponsorFirstName: 'Anna', sponsor: null }]);

    const list = await api.gql('{ apiTokens { nodes { name lastUsedAt } } }', {}, { token: staff });
    expect(list.data!.apiTokens.nodes.find((t: any) => t.name === 'Finance reporting').lastUsedAt).not.toBeNull();
    const hashes: Array<{ token_hash: string }> = await api.dataSource.query('SELECT token_hash FROM api_token');
    expect(hashes.map((h) => h.token_hash)).not.toContain(secret);
    const audited: Array<{ action: string }> = await api.dataSource.query(`SELECT action FROM audit_event WHERE action LIKE 'api_token.%'`);
    expect(audited.map((a) => a.action)).toContain('api_token.created');
  });

  it('a token can do nothing that needs a person or staff', async () => {
    const { secret } = (await api.gql(CREATE, { name: 'Limited', scopes: ['CHILDREN_READ'] }, { token: staff })).data!.createApiToken;
    expect((await api.gql('{ me { email } }', {}, { token: secret })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql('{ users { totalCount } }', {}, { token: secret })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(CREATE, { name: 'x', scopes: ['CHILDREN_READ'] }, { token: secret })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('a revoked, expired or unknown token is UNAUTHENTICATED', async () => {
    const { secret, apiToken } = (await api.gql(CREATE, { name: 'Short-lived', scopes: ['CHILDREN_READ'], days: 1 }, { token: staff })).data!.createApiToken;
    const revoked = await api.gql('mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } userErrors { code } } }', { id: apiToken.id }, { token: staff });
    expect(revoked.data!.revokeApiToken.apiToken.revokedAt).not.toBeNull();
    const [{ n }] = await api.dataSource.query(`SELECT COUNT(*)::int AS n FROM audit_event WHERE action = 'api_token.revoked' AND target_id = $1`, [Buffer.from(apiToken.id, 'base64url').toString('utf8').split(':')[1]]);
    expect(n).toBe(1);
    for (const bearer of [secret, 'cpt_' + 'x'.repeat(43)]) {
      const r = await api.gql('{ children { totalCount } }', {}, { token: bearer });
      expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const { secret: other } = (await api.gql(CREATE, { name: 'Expired', scopes: ['CHILDREN_READ'], days: 1 }, { token: staff })).data!.createApiToken;
    await api.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE name = 'Expired'`);
    expect((await api.gql('{ children { totalCount } }', {}, { token: other })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('says what to fix, and only staff manage tokens', async () => {
    const none = await api.gql(CREATE, { name: 'x', scopes: [] }, { token: staff });
    expect(none.data!.createApiToken.userErrors[0]).toEqual(expect.objectContaining({ field: ['input', 'scopes'], code: 'REQUIRED' }));
    const partner = await api.signIn('partner.kenya@demo.portal');
    expect((await api.gql(CREATE, { name: 'x', scopes: ['CHILDREN_READ'] }, { token: partner })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('integrator scopes for letters', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('LETTERS_READ reads letters sent for review but never drafts; without it, none', async () => {
    const staff = await api.signIn('reviewer@demo.portal');
    const anna = await api.signIn('anna.miller@demo.portal');
    const kids = await api.gql('{ children(first: 1) { nodes { id } } }', {}, { token: anna });
    const childIds = [kids.data!.children.nodes[0].id];
    const WRITE = 'mutation($i: WriteLetterInput!) { writeLetter(input: $i) { userErrors { code } } }';
    await api.gql(WRITE, { i: { childIds, body: 'A draft stays private.', submit: false } }, { token: anna });
    await api.gql(WRITE, { i: { childIds, body: 'Hello from Anna, with love.', submit: true } }, { token: anna });
    const make = async (scopes: string[]) =>
      (await api.gql(CREATE, { name: `letters ${scopes.join()}`, scopes }, { token: staff })).data!.createApiToken.secret as string;
    const reader = await make(['LETTERS_READ']);
    const childrenOnly = await make(['CHILDREN_READ']);
    const LIST = '{ letters(first: 100) { nodes { status body sponsorFirstName sponsor { email } } } }';
    const seen = (await api.gql(LIST, {}, { token: reader })).data!.letters.nodes;
    expect(seen.some((l: any) => l.body === 'Hello from Anna, with love.')).toBe(true);
    expect(seen.every((l: any) => l.status !== 'DRAFT' && l.sponsor === null)).toBe(true);
    expect((await api.gql(LIST, {}, { token: childrenOnly })).data!.letters.nodes).toEqual([]);
  });
});
