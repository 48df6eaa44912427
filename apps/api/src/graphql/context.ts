import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '@portal/logger';
import type { Config } from '@portal/config';
import type { Viewer } from '../auth/viewer';
import type { AccessTokens } from '../auth/access-token';
import { createLoaders, type Loaders } from '../data/loaders';
import { authenticateApiToken, looksLikeApiToken } from '../modules/api-tokens/api-token.service';
import type { SignInThrottle } from '../modules/auth/sign-in-throttle';
import type { MailStore } from '@portal/mail';
import type { SyncRunner } from '../modules/sync/sync-runner';

/** Long-lived things the server builds once and every request shares. */
export interface AppServices {
  config: Config;
  log: Logger;
  dataSource: DataSource;
  accessTokens: AccessTokens;
  signInThrottle: SignInThrottle;
  /** Locally captured mail (embedded default only); null when mail goes to a real SMTP server. */
  mailCapture?: MailStore | null;
  /** The Salesforce sync, when this process runs it (staff read its status and start runs). */
  sync?: SyncRunner | null;
}

/** The request context: the first argument of every service method. */
export interface Context {
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  db: EntityManager;
  loaders: Loaders;
  services: AppServices;
  req: Request;
  res: Response;
}

/** Builds the request context; an API token costs one indexed lookup, a JWT none. */
export async function createContext(services: AppServices, req: Request, res: Response): Promise<Context> {
  const requestId = (res.locals.requestId as string | undefined) ?? 'unknown';
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const db = services.dataSource.manager;
  const viewer = !token ? null : looksLikeApiToken(token) ? await authenticateApiToken(db, token) : services.accessTokens.verify(token);
  return {
    requestId,
    log: services.log.child({ requestId, userId: viewer?.userId }),
    viewer,
    db,
    loaders: createLoaders(db, viewer),
    services,
    req,
    res,
  };
}
