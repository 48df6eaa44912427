import { startTestApi, DEMO_PASSWORD, type TestApi } from '../../test/harness';

const SIGN_IN = `mutation($e: String!, $p: String!) {
  signIn(input: { email: $e, password: $p }) { accessToken accessTokenExpiresAt user { email role } userErrors { field message code } }
}`;
const REFRESH = `mutation { refreshSession { accessToken user { email } userErrors { code message } } }`;

const cookieOf = (headers: Headers): string => {
  const raw = headers.getSetCookie().find((c) => c.startsWith('portal_rt='));
  return raw ? raw.split(';')[0] : '';
};

describe('sign-in and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('signs in with email and password, case-insensitively, and returns a usable bearer token', async () => {
    const r = await api.gql(SIGN_IN, { e: 'Anna.Miller@demo.portal ', p: DEMO_PASSWORD });
    expect(r.data!.signIn.userErrors).toEqual([]);
    expect(r.data!.signIn.user).toEqual({ email: 'anna.miller@demo.portal', role: 'SPONSOR' });
    const me = await api.gql('{ me { email role } }', {}, { token: r.data!.signIn.accessToken });
    expect(me.data!.me).toEqual({ email: 'anna.miller@demo.portal', role: 'SPONSOR' });
    const setCookie = r.headers.getSetCookie().find((c) => c.startsWith('portal_rt='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\/graphql/i);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await api.gql(SIGN_IN, { e: 'anna.miller@demo.portal', p: 'not-the-password' });
    const unknown = await api.gql(SIGN_IN, { e: 'nobody@example.org', p: 'not-the-password' });
    expect(wrong.data).toEqual(unknown.data);
    expect(wrong.data!.signIn).toEqual({
      accessToken: null,
      accessTokenExpiresAt: null,
      user: null,
      userErrors: [{ field: null, code: 'INVALID_CREDENTIALS', message: 'The email or password is not correct.' }],
    });
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('does the same password work for an unknown email as for a wrong password (similar time by construction)', async () => {
    // Each failure must cost exactly one argon2id verification with the same parameters: the
    // timing itself is measured by bench/sign-in-timing.mjs (machines are too noisy for a timed test).
    // The module object itself (a TS namespace import would be a frozen copy of it).
    const argon2 = jest.requireActual<typeof import('@node-rs/argon2')>('@node-rs/argon2');
    const spy = jest.spyOn(argon2, 'verify');
    const paramsOf = (hash: string) => /^\$argon2id\$v=19\$(m=\d+,t=\d+,p=\d+)\$/.exec(hash)?.[1];
    try {
      const calls: Record<string, Array<string | undefined>> = {};
      for (const [name, email] of [
        ['wrong password', 'anna.miller@demo.portal'],
        ['unknown email', `nobody-${Date.now()}@example.org`],
      ]) {
        spy.mockClear();
        await api.gql(SIGN_IN, { e: email, p: 'not-the-password' });
        calls[name] = spy.mock.calls.map((c) => paramsOf(String(c[0])));
      }
      expect(calls['wrong password']).toEqual(['m=19456,t=2,p=1']);
      expect(calls['unknown email']).toEqual(calls['wrong password']);
    } finally {
      spy.mockRestore();
    }
  });

  it('says which field is missing', async () => {
    const r = await api.gql(SIGN_IN, { e: '', p: 'x' });
    expect(r.data!.signIn.userErrors).toEqual([{ field: ['input', 'email'], code: 'REQUIRED', message: expect.any(String) }]);
  });

  it('rotates the refresh token and revokes the family when a rotated token comes back', async () => {
    const first = await api.gql(SIGN_IN, { e: 'claire.dubois@demo.portal', p: DEMO_PASSWORD });
    const c1 = cookieOf(first.headers);
    const second = await api.gql(REFRESH, {}, { cookie: c1 });
    expect(second.data!.refreshSession.user).toEqual({ email: 'claire.dubois@demo.portal' });
    const c2 = cookieOf(second.headers);
    expect(c2).not.toBe(c1);
    // The old cookie again: theft suspected, so the whole family dies, including c2.
    const replay = await api.gql(REFRESH, {}, { cookie: c1 });
    expect(replay.data!.refreshSession.userErrors[0].code).toBe('SESSION_EXPIRED');
    const afterReplay = await api.gql(REFRESH, {}, { cookie: c2 });
    expect(afterReplay.data!.refreshSession.accessToken).toBeNull();
  });

  it('keeps access tokens to 15 minutes and refuses a refresh token presented as an access token', async () => {
    const r = await api.gql(SIGN_IN, { e: 'claire.dubois@demo.portal', p: DEMO_PASSWORD });
    const { accessToken, accessTokenExpiresAt } = r.data!.signIn;
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8'));
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(15 * 60);
    expect(new Date(accessTokenExpiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
    const refresh = decodeURIComponent(cookieOf(r.headers).split('=').slice(1).join('='));
    expect(refresh.length).toBeGreaterThan(20);
    api.queries.count = 0;
    const asAccess = await api.gql('{ me { email } }', {}, { token: refresh });
    expect(asAccess.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(api.queries.count).toBe(0);
    // And it still works where it belongs: it was not consumed by the failed attempt.
    expect((await api.gql(REFRESH, {}, { cookie: cookieOf(r.headers) })).data!.refreshSession.user).toEqual({ email: 'claire.dubois@demo.portal' });
  });

  it('signs out: the refresh token stops working', async () => {
    const first = await api.gql(SIGN_IN, { e: 'james.okoro@demo.portal', p: DEMO_PASSWORD });
    const c1 = cookieOf(first.headers);
    const out = await api.gql('mutation { signOut { signedOut userErrors { code } } }', {}, { cookie: c1 });
    expect(out.data!.signOut).toEqual({ signedOut: true, userErrors: [] });
    const r = await api.gql(REFRESH, {}, { cookie: c1 });
    expect(r.data!.refreshSession.userErrors[0].code).toBe('SESSION_EXPIRED');
  });

  it('answers protected fields without a token, or with a bad one, with UNAUTHENTICATED and runs no SQL', async () => {
    for (const token of [undefined, 'garbage', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.']) {
      api.queries.count = 0;
      const r = await api.gql('{ me { email } children { totalCount } }', {}, { token });
      expect(r.data).toBeNull();
      expect(r.errors!.map((e) => e.extensions!.code)).toEqual(['UNAUTHENTICATED']);
      expect(api.queries.count).toBe(0);
    }
  });
});
