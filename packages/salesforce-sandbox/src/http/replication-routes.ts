import { formatSalesforceDateTime } from '../soql/soql-values';
import type { ApiReply, ApiRequest, SandboxContext } from './http-types';
import { replicationWindow } from './replication-window';
import { objectFromPath } from './route-helpers';

/** GET /sobjects/T/updated?start=&end= → { ids, latestDateCovered }. */
export function getUpdated(ctx: SandboxContext, req: ApiRequest, [type]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  const { start, end } = replicationWindow(req.query.get('start'), req.query.get('end'), ctx.store.clock().getTime());
  return {
    status: 200,
    body: { ids: ctx.store.updatedIds(def.name, start, end), latestDateCovered: formatSalesforceDateTime(end) },
  };
}

/** GET /sobjects/T/deleted?start=&end= → { deletedRecords, earliestDateAvailable, latestDateCovered }. */
export function getDeleted(ctx: SandboxContext, req: ApiRequest, [type]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  const { start, end } = replicationWindow(req.query.get('start'), req.query.get('end'), ctx.store.clock().getTime());
  return {
    status: 200,
    body: {
      deletedRecords: ctx.store.deletedBetween(def.name, start, end),
      earliestDateAvailable: ctx.store.earliestDeleteLogDate(def.name) ?? formatSalesforceDateTime(end),
      latestDateCovered: formatSalesforceDateTime(end),
    },
  };
}
