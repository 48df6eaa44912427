import { SalesforceError } from '../salesforce-error';
import { identity, oauthRevoke, oauthToken, soapLogin } from './auth-routes';
import { createMany, deleteMany, retrieveMany, updateMany, upsertMany } from './composite-routes';
import type { ApiReply, ApiRequest, RouteHandler, SandboxContext } from './http-types';
import { queryMore, runQuery } from './query-routes';
import { getDeleted, getUpdated } from './replication-routes';
import { dataBase } from './route-helpers';
import * as sobjects from './sobject-routes';

export interface Route {
  method: string;
  /** Matched against the path after /services/data/vXX.X for data routes, the full path otherwise. */
  pattern: RegExp;
  handler: RouteHandler;
}

const SEG = '([^/]+)';

const API_VERSIONS = ['58.0', '59.0', '60.0', '61.0', '62.0', '63.0', '64.0'];

function resources(_ctx: SandboxContext, req: ApiRequest): ApiReply {
  const base = dataBase(req);
  const names = ['sobjects', 'query', 'queryAll', 'composite', 'limits'];
  return { status: 200, body: Object.fromEntries(names.map((n) => [n, `${base}/${n}`])) };
}

function limits(ctx: SandboxContext): ApiReply {
  return { status: 200, body: ctx.usage.limits() };
}

/** Routes under /services/data/vXX.X (bearer token required). */
export const DATA_ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/?$/, handler: resources },
  { method: 'GET', pattern: /^\/limits\/?$/, handler: limits },
  { method: 'GET', pattern: /^\/(query|queryAll)\/?$/, handler: runQuery },
  { method: 'GET', pattern: new RegExp(`^/(query|queryAll)/${SEG}$`), handler: queryMore },
  { method: 'GET', pattern: /^\/sobjects\/?$/, handler: sobjects.getDescribeGlobal },
  { method: 'GET', pattern: new RegExp(`^/sobjects/${SEG}/?$`), handler: sobjects.getBasicInfo },
  { method: 'POST', pattern: new RegExp(`^/sobjects/${SEG}/?$`), handler: sobjects.createRecord },
  { method: 'GET', pattern: new RegExp(`^/sobjects/${SEG}/describe/?$`), handler: sobjects.getDescribe },
  { method: 'GET', pattern: new RegExp(`^/sobjects/${SEG}/updated/?$`), handler: getUpdated },
  { method: 'GET', pattern: new RegExp(`^/sobjects/${SEG}/deleted/?$`), handler: getDeleted },
  { method: 'GET', pattern: new RegExp(`^/sobjects/${SEG}/${SEG}$`), handler: sobjects.retrieveRecord },
  { method: 'PATCH', pattern: new RegExp(`^/sobjects/${SEG}/${SEG}$`), handler: sobjects.updateRecord },
  { method: 'DELETE', pattern: new RegExp(`^/sobjects/${SEG}/${SEG}$`), handler: sobjects.deleteRecord },
  { method: 'GET', pattern: new RegExp(`^/sobjects/${SEG}/${SEG}/${SEG}$`), handler: sobjects.retrieveByExternalId },
  { method: 'PATCH', pattern: new RegExp(`^/sobjects/${SEG}/${SEG}/${SEG}$`), handler: sobjects.upsertRecord },
  { method: 'DELETE', pattern: new RegExp(`^/sobjects/${SEG}/${SEG}/${SEG}$`), handler: sobjects.deleteByExternalId },
  { method: 'POST', pattern: /^\/composite\/sobjects\/?$/, handler: createMany },
  { method: 'PATCH', pattern: /^\/composite\/sobjects\/?$/, handler: updateMany },
  { method: 'DELETE', pattern: /^\/composite\/sobjects\/?$/, handler: deleteMany },
  { method: 'GET', pattern: new RegExp(`^/composite/sobjects/${SEG}/?$`), handler: retrieveMany },
  { method: 'POST', pattern: new RegExp(`^/composite/sobjects/${SEG}/?$`), handler: retrieveMany },
  { method: 'PATCH', pattern: new RegExp(`^/composite/sobjects/${SEG}/${SEG}/?$`), handler: upsertMany },
];

/** Routes outside /services/data (no bearer token, or their own). */
export const AUTH_ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/services\/oauth2\/token\/?$/, handler: oauthToken },
  { method: 'POST', pattern: /^\/services\/oauth2\/revoke\/?$/, handler: oauthRevoke },
  { method: 'POST', pattern: new RegExp(`^/services/Soap/u/${SEG}(?:/.*)?$`), handler: soapLogin },
  { method: 'GET', pattern: new RegExp(`^/id/${SEG}/${SEG}/?$`), handler: identity },
  {
    method: 'GET',
    pattern: /^\/services\/data\/?$/,
    handler: () => ({
      status: 200,
      body: API_VERSIONS.map((v) => ({ label: `v${v}`, url: `/services/data/v${v}`, version: v })),
    }),
  },
];

/** Finds the handler for a method and path; 404 NOT_FOUND or 405 METHOD_NOT_ALLOWED otherwise. */
export function matchRoute(routes: Route[], method: string, path: string): { handler: RouteHandler; params: string[] } {
  const allowed: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    return { handler: route.handler, params: match.slice(1).map((p) => decodeURIComponent(p)) };
  }
  if (allowed.length > 0) {
    throw new SalesforceError('METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${allowed.join(',')}`, [], 405);
  }
  throw new SalesforceError('NOT_FOUND', 'The requested resource does not exist', [], 404);
}
