import jwt from 'jsonwebtoken';
import { Connection } from 'jsforce';
import type { ApiUsage, DeletedResult, DescribeResult, SalesforcePort, SaveResult, UpdatedResult } from './salesforce-port';
import type { SfRecord, SfValue } from './sync-mapping';

export const DEFAULT_API_VERSION = '62.0';
const MAX_COLLECTION = 200;

/** How to reach Salesforce: an existing session, the OAuth password grant (sandbox), or the JWT bearer flow (real org). */
export type SalesforceConnectionOptions = { apiVersion?: string } & (
  | { kind: 'session'; instanceUrl: string; accessToken: string }
  | { kind: 'password'; loginUrl: string; clientId: string; clientSecret: string; username: string; password: string }
  | { kind: 'jwt'; loginUrl: string; clientId: string; username: string; privateKey: string }
);

/** Connects with jsforce and returns the sync's port; password and JWT sessions renew themselves when they expire. */
export async function connectSalesforce(options: SalesforceConnectionOptions): Promise<SalesforcePort> {
  const version = options.apiVersion ?? DEFAULT_API_VERSION;
  if (options.kind === 'session') {
    return new JsforceClient(new Connection({ instanceUrl: options.instanceUrl, accessToken: options.accessToken, version }));
  }
  if (options.kind === 'password') {
    const conn = new Connection({ oauth2: { loginUrl: options.loginUrl, clientId: options.clientId, clientSecret: options.clientSecret }, version });
    await conn.login(options.username, options.password);
    return new JsforceClient(conn);
  }
  const { loginUrl, clientId, username, privateKey } = options;
  const assertion = () =>
    jwt.sign({ iss: clientId, sub: username, aud: loginUrl }, privateKey.replace(/\\n/g, '\n'), { algorithm: 'RS256', expiresIn: 180 });
  const conn = new Connection({
    oauth2: { loginUrl, clientId },
    version,
    // A JWT session cannot be refreshed with a refresh token: sign a new assertion instead.
    refreshFn: (c, callback) => {
      c.oauth2
        .requestToken({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: assertion() })
        .then((res) => callback(null, res.access_token, res))
        .catch((err: Error) => callback(err));
    },
  });
  await conn.authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: assertion() });
  return new JsforceClient(conn);
}

interface QueryPage {
  records: SfRecord[];
  done: boolean;
  nextRecordsUrl?: string;
}

/** The jsforce adapter of `SalesforcePort`. */
export class JsforceClient implements SalesforcePort {
  constructor(private readonly conn: Connection) {}

  async *queryPages(soql: string, pageSize = 2000): AsyncIterable<SfRecord[]> {
    const headers = { 'Sforce-Query-Options': `batchSize=${pageSize}` };
    let page = await this.conn.request<QueryPage>({ method: 'GET', url: `/query?q=${encodeURIComponent(soql)}`, headers });
    for (;;) {
      yield page.records.map(({ attributes: _a, ...rest }) => rest as SfRecord);
      if (page.done || !page.nextRecordsUrl) return;
      page = await this.conn.request<QueryPage>({ method: 'GET', url: page.nextRecordsUrl, headers });
    }
  }

  getUpdated(sObject: string, start: Date, end: Date): Promise<UpdatedResult> {
    return this.conn.sobject(sObject).updated(start, end) as Promise<UpdatedResult>;
  }

  getDeleted(sObject: string, start: Date, end: Date): Promise<DeletedResult> {
    return this.conn.sobject(sObject).deleted(start, end) as Promise<DeletedResult>;
  }

  async upsert(sObject: string, externalIdField: string, records: Array<Record<string, SfValue>>): Promise<SaveResult[]> {
    const results: SaveResult[] = [];
    for (let i = 0; i < records.length; i += MAX_COLLECTION) {
      const chunk = records.slice(i, i + MAX_COLLECTION);
      const saved = (await this.conn.upsert(sObject, chunk as never[], externalIdField, { allOrNone: false })) as unknown as SaveResult[];
      results.push(...saved.map((r) => ({ ...r, errors: (r.errors ?? []).map(normalizeError) })));
    }
    return results;
  }

  /** jsforce keeps the Sforce-Limit-Info header of the last response as `limitInfo.apiUsage`. */
  apiUsage(): ApiUsage | null {
    const usage = (this.conn as unknown as { limitInfo?: { apiUsage?: ApiUsage } }).limitInfo?.apiUsage;
    return usage ? { used: usage.used, limit: usage.limit } : null;
  }

  async describe(sObject: string): Promise<DescribeResult> {
    const d = await this.conn.sobject(sObject).describe();
    return { name: d.name, fields: d.fields.map((f) => ({ name: f.name, type: f.type, externalId: f.externalId })) };
  }
}

// Salesforce answers per-record errors with `statusCode`; older jsforce paths used `errorCode`.
function normalizeError(e: unknown): SaveResult['errors'][number] {
  const o = (e ?? {}) as { statusCode?: string; errorCode?: string; message?: string; fields?: string[] };
  return { statusCode: o.statusCode ?? o.errorCode ?? 'UNKNOWN_ERROR', message: o.message ?? '', fields: o.fields };
}
