import type { IncomingHttpHeaders } from 'node:http';
import type { SalesforceStore } from '../store/store';
import type { ApiUsage } from './api-usage';
import type { FaultInjector } from './fault-injector';
import type { QueryCursors } from './query-cursors';
import type { Session, SessionRegistry } from './session-registry';

/** A sandbox user that can log in. */
export interface SandboxUser {
  username: string;
  password: string;
  firstName?: string;
  lastName?: string;
  email?: string;
}

export interface SandboxConfig {
  orgId: string;
  clientId: string;
  clientSecret: string;
  /** PEM public key; when set, JWT bearer assertions must be RS256-signed with its private key. */
  jwtPublicKey?: string;
  /** Base URL the server is reachable at, filled in once it listens. */
  url: string;
}

/** Everything a route handler may touch. */
export interface SandboxContext {
  store: SalesforceStore;
  sessions: SessionRegistry;
  faults: FaultInjector;
  usage: ApiUsage;
  cursors: QueryCursors;
  config: SandboxConfig;
  users: SandboxUser[];
}

export interface ApiRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** Set for /services/data routes once the bearer token is checked. */
  session?: Session;
  /** '62.0' for /services/data/v62.0/…; undefined elsewhere. */
  version?: string;
}

export interface ApiReply {
  status: number;
  /** JSON-serialised unless `text` is given. */
  body?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export type RouteHandler = (ctx: SandboxContext, req: ApiRequest, params: string[]) => ApiReply | Promise<ApiReply>;
