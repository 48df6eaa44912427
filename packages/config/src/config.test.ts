import { loadConfig, ConfigError } from './index';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.databaseUrl).toBeNull();
    expect(c.jwt.accessTokenTtlSeconds).toBe(900);
    expect(c.corsOrigins).toEqual([]);
  });

  it('reads PORT, DATA_DIR, DATABASE_URL and the CORS allow-list', () => {
    const c = loadConfig({
      PORT: '5005',
      DATA_DIR: '/tmp/x',
      DATABASE_URL: 'postgres://u:p@db:5432/portal',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(c.port).toBe(5005);
    expect(c.dataDir).toBe('/tmp/x');
    expect(c.databaseUrl).toBe('postgres://u:p@db:5432/portal');
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('reads previous JWT public keys by kid, and refuses malformed ones', () => {
    const c = loadConfig({ JWT_PREVIOUS_PUBLIC_KEYS: JSON.stringify({ old: '-----BEGIN PUBLIC KEY-----\\nabc\\n-----END PUBLIC KEY-----' }) });
    expect(c.jwt.previousPublicKeys.old).toBe('-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----');
    expect(() => loadConfig({ JWT_PREVIOUS_PUBLIC_KEYS: '{not json' })).toThrow(/JWT_PREVIOUS_PUBLIC_KEYS/);
  });

  it('runs the bundled Salesforce sandbox unless credentials are set, and refuses half a configuration', () => {
    expect(loadConfig({}).salesforce).toBeNull();
    const jwt = loadConfig({ SALESFORCE_LOGIN_URL: 'https://login.salesforce.com', SALESFORCE_CLIENT_ID: 'id', SALESFORCE_USERNAME: 'u@ngo.org', SALESFORCE_PRIVATE_KEY: 'a\\nb' });
    expect(jwt.salesforce).toEqual(expect.objectContaining({ kind: 'jwt', privateKey: 'a\nb', apiVersion: '62.0' }));
    expect(() => loadConfig({ SALESFORCE_CLIENT_ID: 'id' })).toThrow(/go together/);
    expect(() => loadConfig({ SALESFORCE_LOGIN_URL: 'https://x.my.salesforce.com', SALESFORCE_CLIENT_ID: 'id', SALESFORCE_USERNAME: 'u' })).toThrow(/PRIVATE_KEY/);
  });

  it('reads SMTP_URL, or captures mail locally without it', () => {
    expect(loadConfig({}).smtp).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtps://mailer%40ngo.org:s3cret@smtp.ngo.org' }).smtp).toEqual({
      host: 'smtp.ngo.org', port: 465, secure: true, user: 'mailer@ngo.org', password: 's3cret',
    });
    expect(() => loadConfig({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL/);
  });

  it('fails fast with every invalid variable named', () => {
    expect(() => loadConfig({ PORT: 'abc', ACCESS_TOKEN_TTL_SECONDS: '3600' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', ACCESS_TOKEN_TTL_SECONDS: '3600' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/ACCESS_TOKEN_TTL_SECONDS/);
    }
  });
});
