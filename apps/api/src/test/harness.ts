import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { AccessTokens } from '../auth/access-token';
import { generateSigningKeyPem, keyFromPem } from '../auth/keys';
import { createDataSource, QueryCounter } from '../db/data-source';
import { createApp } from '../http/app';
import type { AppServices } from '../graphql/context';
import { seedDemoData } from '../modules/seed/demo-seed';
import type { DataSource } from 'typeorm';
import { totpCode } from '../modules/two-factor/totp';

export const DEMO_PASSWORD = 'test-password-123';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  extensions?: Record<string, unknown>;
}

export interface TestApi {
  url: string;
  dataSource: DataSource;
  /** The app's shared services: tests may attach what the server would start (e.g. the sync). */
  services: AppServices;
  queries: QueryCounter;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; cookie?: string }): Promise<GraphQLResponse<T>>;
  signIn(email: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Completes a staff sign-in's second step the way a person with an authenticator app would:
 * enrolling on first sign-in, else entering the current code (the secret is read from the database).
 */
async function passSecondFactor(
  gql: TestApi['gql'],
  dataSource: DataSource,
  email: string,
  challenge: { challengeToken: string; enrollmentRequired: boolean } | null | undefined,
): Promise<string | undefined> {
  if (!challenge) return undefined;
  if (challenge.enrollmentRequired) {
    const start = await gql('mutation($t: String) { startTwoFactorEnrollment(input: { challengeToken: $t }) { secret } }', { t: challenge.challengeToken });
    const secret = start.data?.startTwoFactorEnrollment?.secret as string;
    const done = await gql('mutation($t: String, $c: String!) { confirmTwoFactorEnrollment(input: { challengeToken: $t, code: $c }) { accessToken } }', {
      t: challenge.challengeToken,
      c: totpCode(secret),
    });
    return done.data?.confirmTwoFactorEnrollment?.accessToken;
  }
  // Tests sign the same person in many times a minute; a real person waits for the next code.
  await dataSource.query('UPDATE "user" SET totp_last_step = NULL WHERE email = $1', [email]);
  const [row]: Array<{ totp_secret: string }> = await dataSource.query('SELECT totp_secret FROM "user" WHERE email = $1', [email]);
  const r = await gql('mutation($t: String!, $c: String!) { verifyTwoFactor(input: { challengeToken: $t, code: $c }) { accessToken } }', {
    t: challenge.challengeToken,
    c: totpCode(row.totp_secret),
  });
  return r.data?.verifyTwoFactor?.accessToken;
}

/**
 * Starts the real HTTP app on a loopback port against the test database (migrated and seeded
 * with the demo NGO), so tests go through Express, Apollo, the shield and the data layer.
 */
export async function startTestApi(env: Record<string, string> = {}, extra: Pick<AppServices, 'mailCapture'> = {}): Promise<TestApi> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, ...env });
  const log = createLogger({ level: config.logLevel, pretty: false });
  const queries = new QueryCounter();
  const dataSource = createDataSource({ url: config.databaseUrl!, queryCounter: queries });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seedDemoData(dataSource, DEMO_PASSWORD);
  const accessTokens = new AccessTokens(keyFromPem(generateSigningKeyPem()), {
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
    ttlSeconds: config.jwt.accessTokenTtlSeconds,
  });
  const app = await createApp({ config, log, dataSource, accessTokens, ...extra });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql: TestApi['gql'] = async (query, variables, opts = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body } as GraphQLResponse<any>;
  };

  return {
    url,
    dataSource,
    services: app.services,
    queries,
    gql,
    async signIn(email) {
      const r = await gql(
        `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken twoFactor { challengeToken enrollmentRequired } userErrors { code } } }`,
        { e: email, p: DEMO_PASSWORD },
      );
      const token = (r.data?.signIn?.accessToken as string | undefined) ?? (await passSecondFactor(gql, dataSource, email, r.data?.signIn?.twoFactor));
      if (!token) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(r)}`);
      return token;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await dataSource.destroy();
    },
  };
}
