import { startTestApi, DEMO_PASSWORD, type TestApi } from '../test/harness';

describe('production hardening', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production' });
  });
  afterAll(() => api.close());

  it('turns introspection off', async () => {
    const r = await api.gql('{ __schema { queryType { name } } }');
    expect(r.errors![0].message).toMatch(/introspection/i);
    expect(r.data).toBeUndefined();
  });

  it('gives no field suggestions in errors', async () => {
    const r = await api.gql('{ childre { totalCount } }');
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('refuses automatic persisted queries', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('HTTP hardening', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production' });
  });
  afterAll(() => api.close());

  it('prevents CSRF: a simple GET or a form-encoded POST is refused before it runs', async () => {
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    const form = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(form.status).toBe(400);
    // The same GET with a preflight-forcing header is a normal request.
    const ok = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });

  it('rejects batched HTTP requests', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });
});

describe('operation limits and cost', () => {
  let api: TestApi;
  let staff: string;
  beforeAll(async () => {
    api = await startTestApi();
    staff = await api.signIn('admin@demo.portal');
  });
  afterAll(() => api.close());

  it('refuses operations that are too deep', async () => {
    const deep = '{ children { nodes { sponsorships { nodes { child { sponsorships { nodes { child { sponsorships { nodes { child { code } } } } } } } } } } } }';
    const r = await api.gql(deep, {}, { token: staff });
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases, directives and tokens', async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
    expect((await api.gql(aliases, {}, { token: staff })).errors![0].message).toMatch(/alias/i);
    const directives = `{ me { email ${'@include(if: true) '.repeat(21)} } }`;
    expect((await api.gql(directives, {}, { token: staff })).errors![0].message).toMatch(/directive/i);
    const tokens = `{ me { ${'email '.repeat(2100)} } }`;
    const t = await api.gql(tokens, {}, { token: staff });
    expect(t.errors![0].message).toMatch(/tokens/i);
  });

  it('prices first: $n like the literal and reports cost and budget in extensions', async () => {
    const literal = await api.gql('{ children(first: 50) { nodes { code } } }', {}, { token: staff });
    const variable = await api.gql('query($n: Int) { children(first: $n) { nodes { code } } }', { n: 50 }, { token: staff });
    const cost = (r: any) => r.extensions.cost;
    expect(cost(literal).requested).toBe(101);
    expect(cost(variable).requested).toBe(101);
    expect(cost(variable).budget.remaining).toBeLessThan(cost(literal).budget.remaining);
  });

  it('refuses an operation above the cost limit, via variables too', async () => {
    const q = 'query($a: Int, $b: Int) { children(first: $a) { nodes { sponsorships(first: $b) { nodes { child { sponsorships(first: $b) { nodes { startDate } } } } } } } }';
    const r = await api.gql(q, { a: 100, b: 100 }, { token: staff });
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/too expensive/);
  });
});

describe('per-principal budget', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ GRAPHQL_BUDGET_PER_MINUTE: '150' });
  });
  afterAll(() => api.close());

  it('throttles a principal that spent its budget with a retry hint, without affecting others', async () => {
    const anna = await api.signIn('anna.miller@demo.portal');
    const claire = await api.signIn('claire.dubois@demo.portal');
    const q = '{ children(first: 50) { nodes { code } } }';
    expect((await api.gql(q, {}, { token: anna })).errors).toBeUndefined();
    const throttled = await api.gql(q, {}, { token: anna });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(throttled.errors![0].extensions).toEqual(expect.objectContaining({ code: 'THROTTLED', retryAfterSeconds: expect.any(Number) }));
    const other = await api.gql(q, {}, { token: claire });
    expect(other.errors).toBeUndefined();
    expect(other.data!.children.nodes.length).toBe(4);
  });
});

describe('sign-in throttling', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3', SIGN_IN_MAX_ATTEMPTS_PER_IP: '12' });
  });
  afterAll(() => api.close());

  const aliased = (email: string, password: string, n: number) =>
    `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: signIn(input: { email: "${email}", password: "${password}" }) { accessToken userErrors { code } }`).join(' ')} }`;

  it('counts every alias inside one operation, and then refuses even the right password', async () => {
    const r = await api.gql(aliased('james.okoro@demo.portal', 'wrong-password', 5));
    const codes = Object.values(r.data!).map((x: any) => x.userErrors[0].code);
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    const right = await api.gql(aliased('james.okoro@demo.portal', DEMO_PASSWORD, 1));
    expect(right.data!.a0).toEqual({ accessToken: null, userErrors: [{ code: 'TOO_MANY_ATTEMPTS' }] });
  });

  it('throttles an unknown email exactly like a known one', async () => {
    const r = await api.gql(aliased('nobody@example.org', 'wrong-password', 4));
    const codes = Object.values(r.data!).map((x: any) => x.userErrors[0].code);
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);
  });

  it('throttles per IP across accounts', async () => {
    // 10 attempts (refused ones included) already came from this IP; the limit is 12.
    const r = await api.gql(aliased('claire.dubois@demo.portal', DEMO_PASSWORD, 4));
    const results = Object.values(r.data!).map((x: any) => (x.accessToken ? 'OK' : x.userErrors[0].code));
    expect(results).toEqual(['OK', 'OK', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });
});
