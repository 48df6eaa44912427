import { SalesforceError } from '../salesforce-error';
import type { ApiReply, ApiRequest, SandboxContext } from './http-types';
import { dataBase, recordUrl } from './route-helpers';

const DEFAULT_BATCH = 2000;
const MIN_BATCH = 200;

// Sforce-Query-Options: batchSize=N is a hint between 200 and 2000.
function batchSize(req: ApiRequest): number {
  const header = req.headers['sforce-query-options'];
  const match = typeof header === 'string' ? /batchSize\s*=\s*(\d+)/i.exec(header) : null;
  if (!match) return DEFAULT_BATCH;
  return Math.min(Math.max(Number(match[1]), MIN_BATCH), DEFAULT_BATCH);
}

function page(ctx: SandboxContext, req: ApiRequest, endpoint: string, id: string | undefined, rows: Record<string, unknown>[], offset: number, totalSize: number): ApiReply {
  const size = batchSize(req);
  const records = rows.slice(offset, offset + size);
  const next = offset + size;
  let cursor = id;
  if (next < rows.length && !cursor) cursor = ctx.cursors.open(rows);
  if (next >= rows.length && cursor) ctx.cursors.close(cursor);
  return {
    status: 200,
    body: {
      totalSize,
      done: next >= rows.length,
      ...(next < rows.length ? { nextRecordsUrl: `${dataBase(req)}/${endpoint}/${cursor}-${next}` } : {}),
      records,
    },
  };
}

/** GET /query?q= and /queryAll?q= (queryAll also returns soft-deleted rows). */
export function runQuery(ctx: SandboxContext, req: ApiRequest, params: string[]): ApiReply {
  const endpoint = params[0];
  const soql = req.query.get('q');
  if (!soql) throw new SalesforceError('MALFORMED_QUERY', 'A query string has to be specified');
  const result = ctx.store.query(soql, {
    includeDeleted: endpoint === 'queryAll',
    recordUrl: (type, id) => recordUrl(req, type, id),
  });
  return page(ctx, req, endpoint, undefined, result.records, 0, result.totalSize);
}

/** GET /query/{locator}: the next batch of an open cursor. */
export function queryMore(ctx: SandboxContext, req: ApiRequest, params: string[]): ApiReply {
  const { id, offset, rows } = ctx.cursors.read(params[1]);
  return page(ctx, req, params[0], id, rows, offset, rows.length);
}
