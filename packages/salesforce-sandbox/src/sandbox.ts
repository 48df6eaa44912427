import type { AddressInfo } from 'node:net';
import { OBJECT_DEFINITIONS } from './schema/object-definitions';
import { SchemaRegistry } from './schema/schema-registry';
import { seedDemoData } from './seed/seed-store';
import { makeId } from './store/salesforce-id';
import { SalesforceStore } from './store/store';
import { ApiUsage } from './http/api-usage';
import { FaultInjector } from './http/fault-injector';
import type { SandboxContext, SandboxUser } from './http/http-types';
import { QueryCursors } from './http/query-cursors';
import { createSandboxServer } from './http/sandbox-server';
import { SessionRegistry } from './http/session-registry';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** JSON file the org is loaded from and saved to; in memory only when unset. */
  stateFile?: string;
  /** Insert the demo NGO when the store is empty (default true). */
  seed?: boolean;
  /** Users that can log in; the first one is `username`/`password` on the result. */
  users?: SandboxUser[];
  clientId?: string;
  clientSecret?: string;
  /** PEM public key to check JWT bearer assertion signatures with (unchecked when unset). */
  jwtPublicKey?: string;
  /** Time source for audit fields, session expiry and replication windows (tests move it). */
  clock?: () => Date;
  sessionTimeoutMs?: number;
  /** Daily API request allowance reported in Sforce-Limit-Info (default 15000). */
  dailyApiRequests?: number;
}

export interface SalesforceSandbox {
  /** Base URL, e.g. http://127.0.0.1:54321: both the login URL and the instance URL. */
  url: string;
  loginUrl: string;
  instanceUrl: string;
  /** The API version the sandbox suggests clients use. */
  version: string;
  username: string;
  password: string;
  clientId: string;
  clientSecret: string;
  orgId: string;
  store: SalesforceStore;
  faults: FaultInjector;
  usage: ApiUsage;
  /** Issues an access token without a login call (for `new Connection({ instanceUrl, accessToken })`). */
  issueToken(username?: string): string;
  stop(): Promise<void>;
}

export const DEFAULT_USER: SandboxUser = {
  username: 'integration@ngo.sandbox',
  password: 'sandbox-password',
  firstName: 'Portal',
  lastName: 'Integration',
  email: 'integration@ngo.sandbox',
};

/** Starts the Salesforce sandbox on loopback and resolves once it listens. */
export async function startSalesforceSandbox(options: SandboxOptions = {}): Promise<SalesforceSandbox> {
  const clock = options.clock ?? (() => new Date());
  const schema = new SchemaRegistry(OBJECT_DEFINITIONS);
  const store = new SalesforceStore({ schema, clock, stateFile: options.stateFile });
  const users = options.users && options.users.length > 0 ? options.users : [DEFAULT_USER];
  const orgId = makeId('00D', 1);
  const sessions = new SessionRegistry(orgId, clock, options.sessionTimeoutMs);
  const faults = new FaultInjector(sessions, store);
  const usage = new ApiUsage(options.dailyApiRequests);

  const needsSeed = (options.seed ?? true) && store.isEmpty;
  store.transaction(() => {
    for (const user of users) {
      const exists = store.records('User').some((u) => String(u.Username).toLowerCase() === user.username.toLowerCase());
      if (!exists) {
        store.create('User', {
          Username: user.username,
          FirstName: user.firstName ?? null,
          LastName: user.lastName ?? user.username.split('@')[0],
          Email: user.email ?? user.username,
        });
      }
    }
    if (needsSeed) {
      const owner = store.records('User')[0];
      seedDemoData(store, { userId: owner.Id });
    }
  });

  const ctx: SandboxContext = {
    store,
    sessions,
    faults,
    usage,
    cursors: new QueryCursors(),
    users,
    config: {
      orgId,
      clientId: options.clientId ?? 'sandbox-client-id',
      clientSecret: options.clientSecret ?? 'sandbox-client-secret',
      jwtPublicKey: options.jwtPublicKey,
      url: '',
    },
  };
  const server = createSandboxServer(ctx);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  ctx.config.url = url;

  return {
    url,
    loginUrl: url,
    instanceUrl: url,
    version: '62.0',
    username: users[0].username,
    password: users[0].password,
    clientId: ctx.config.clientId,
    clientSecret: ctx.config.clientSecret,
    orgId,
    store,
    faults,
    usage,
    issueToken(username = users[0].username) {
      const user = store.records('User').find((u) => String(u.Username).toLowerCase() === username.toLowerCase());
      if (!user) throw new Error(`unknown sandbox user ${username}`);
      return sessions.issue(user.Id, String(user.Username)).token;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          store.close();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
