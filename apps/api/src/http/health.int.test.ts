import { startTestApi, type TestApi } from '../test/harness';

describe('HTTP surface', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers /healthz and /readyz, with a request id on every response', async () => {
    const h = await fetch(`${api.url}/healthz`);
    expect(h.status).toBe(200);
    expect(h.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const r = await fetch(`${api.url}/readyz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(await r.json()).toEqual({ status: 'ready' });
    expect(r.headers.get('x-request-id')).toBe('trace-123');
  });

  it('reports FORBIDDEN (not "Not Authorised!") for a role without access and leaves NOT_FOUND intact', async () => {
    const token = await api.signIn('anna.miller@demo.portal');
    const denied = await api.gql('{ users { totalCount } }', {}, { token });
    expect(denied.data).toBeNull();
    expect(denied.errors).toEqual([expect.objectContaining({ message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } })]);
    const r = await api.gql('{ child(id: "nope") { code } }', {}, { token });
    expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
    const staff = await api.signIn('admin@demo.portal');
    const ok = await api.gql('{ users(role: SPONSOR, search: "anna.miller") { totalCount nodes { email } } }', {}, { token: staff });
    expect(ok.data!.users).toEqual({ totalCount: 1, nodes: [{ email: 'anna.miller@demo.portal' }] });
  });

  it('rejects batched requests', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('blocks simple cross-site GET requests (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
  });
});
