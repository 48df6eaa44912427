import { generateKeyPairSync, createSign } from 'node:crypto';
import { Connection } from 'jsforce';
import { startSalesforceSandbox, type SalesforceSandbox } from '../sandbox';

function jwt(privateKey: string, claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256' })}.${encode(claims)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}

describe('sandbox authentication through jsforce', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  let sandbox: SalesforceSandbox;

  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ jwtPublicKey: publicKey });
  });
  afterAll(() => sandbox.stop());

  const oauthConnection = () =>
    new Connection({
      loginUrl: sandbox.loginUrl,
      version: sandbox.version,
      oauth2: { loginUrl: sandbox.loginUrl, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret },
    });

  it('logs in with the OAuth password grant', async () => {
    const conn = oauthConnection();
    const userInfo = await conn.login(sandbox.username, sandbox.password);
    expect(userInfo.organizationId).toBe(sandbox.orgId);
    expect(conn.instanceUrl).toBe(sandbox.instanceUrl);
    const result = await conn.query('SELECT Id FROM Account LIMIT 1');
    expect(result.totalSize).toBe(1);
    const identity = await conn.identity();
    expect(identity.username).toBe(sandbox.username);
  });

  it('logs in over SOAP when no OAuth client is configured', async () => {
    const conn = new Connection({ loginUrl: sandbox.loginUrl, version: sandbox.version, logLevel: 'FATAL' });
    const userInfo = await conn.login(sandbox.username, sandbox.password);
    expect(userInfo.id).toMatch(/^005/);
    expect((await conn.query('SELECT COUNT() FROM Project__c')).totalSize).toBe(3);
  });

  const badLogins: [string, string, string, string][] = [
    ['wrong password', 'integration@ngo.sandbox', 'nope', 'invalid_grant'],
    ['unknown user', 'nobody@ngo.sandbox', 'sandbox-password', 'invalid_grant'],
  ];
  it.each(badLogins)('rejects a %s', async (_name, username, password, name) => {
    await expect(oauthConnection().login(username, password)).rejects.toMatchObject({ name, message: 'authentication failure' });
  });

  it('rejects a wrong client secret', async () => {
    const conn = new Connection({ oauth2: { loginUrl: sandbox.loginUrl, clientId: sandbox.clientId, clientSecret: 'wrong' } });
    await expect(conn.login(sandbox.username, sandbox.password)).rejects.toMatchObject({ name: 'invalid_client' });
  });

  it('issues a token for a signed JWT bearer assertion', async () => {
    const conn = new Connection({ loginUrl: sandbox.loginUrl, version: sandbox.version, oauth2: { loginUrl: sandbox.loginUrl, clientId: sandbox.clientId } });
    const assertion = jwt(privateKey, { iss: sandbox.clientId, sub: sandbox.username, aud: 'https://login.salesforce.com', exp: Math.floor(Date.now() / 1000) + 300 });
    await conn.authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion });
    expect((await conn.query('SELECT Id FROM Contact')).totalSize).toBe(3);
  });

  const badAssertions: [string, (exp: number) => string, string][] = [
    ['garbage', () => 'not.a.jwt', 'invalid_grant'],
    ['unknown subject', (exp) => jwt(privateKey, { iss: 'sandbox-client-id', sub: 'who@x', aud: 'a', exp }), 'invalid_grant'],
    ['wrong issuer', (exp) => jwt(privateKey, { iss: 'other', sub: 'integration@ngo.sandbox', aud: 'a', exp }), 'invalid_client_id'],
    ['expired', () => jwt(privateKey, { iss: 'sandbox-client-id', sub: 'integration@ngo.sandbox', aud: 'a', exp: 1000 }), 'invalid_grant'],
    [
      'signed with another key',
      (exp) => {
        const other = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
        return jwt(other.privateKey, { iss: 'sandbox-client-id', sub: 'integration@ngo.sandbox', aud: 'a', exp });
      },
      'invalid_grant',
    ],
  ];
  it.each(badAssertions)('rejects a JWT that is %s', async (_name, make, name) => {
    const conn = new Connection({ loginUrl: sandbox.loginUrl, oauth2: { loginUrl: sandbox.loginUrl, clientId: sandbox.clientId } });
    const assertion = make(Math.floor(Date.now() / 1000) + 300);
    await expect(conn.authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion })).rejects.toMatchObject({ name });
  });

  it('answers an unknown token with 401 INVALID_SESSION_ID', async () => {
    const conn = new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: 'bogus', version: sandbox.version });
    await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({ name: 'INVALID_SESSION_ID', errorCode: 'INVALID_SESSION_ID' });
  });

  it('expired sessions fail for token-only connections and are refreshed for logged-in ones', async () => {
    const tokenOnly = new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.issueToken(), version: sandbox.version });
    const loggedIn = oauthConnection();
    await loggedIn.login(sandbox.username, sandbox.password);
    const before = loggedIn.accessToken;
    sandbox.faults.expireSessions();
    await expect(tokenOnly.query('SELECT Id FROM Account')).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
    await expect(loggedIn.query('SELECT Id FROM Account')).resolves.toMatchObject({ totalSize: 5 });
    expect(loggedIn.accessToken).not.toBe(before);
  });
});
