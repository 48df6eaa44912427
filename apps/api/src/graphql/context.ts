import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '@portal/logger';
import type { Config } from '@portal/config';
import type { Viewer } from '../auth/viewer';
import type { AccessTokens } from '../auth/access-token';
import { createLoaders, type Loaders } from '../data/loaders';
import type { SignInThrottle } from '../modules/auth/sign-in-throttle';

/** Long-lived things the server builds once and every request shares. */
export interface AppServices {
  config: Config;
  log: Logger;
  dataSource: DataSource;
  accessTokens: AccessTokens;
  signInThrottle: SignInThrottle;
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

export function createContext(services: AppServices, req: Request, res: Response): Context {
  const requestId = (res.locals.requestId as string | undefined) ?? 'unknown';
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const viewer = token ? services.accessTokens.verify(token) : null;
  const db = services.dataSource.manager;
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
