import { In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { paginateArray, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import { UserErrorCode, userError } from '../../graphql/user-error';
import { isStaff } from '../../auth/viewer';
import { forbidden } from '../../graphql/errors';
import { SYNC_MAPPINGS } from './sync-mapping';
import { SyncConflict, SyncConflictStatus } from './sync-conflict.entity';
import { SyncCursor } from './sync-cursor.entity';
import { SyncOutbox, SyncOutboxStatus } from './sync-outbox.entity';
import { SyncParked } from './sync-parked.entity';
import { SyncProblemKind, type RetrySyncItemPayload, type RunSyncPayload, type SyncProblem, type SyncStatus } from './sync.types';

// Problems are few by nature (each is an incident); the list is capped rather than keyset-paged in SQL.
const MAX_PROBLEMS = 1000;

function requireStaff(ctx: Context): void {
  if (!isStaff(ctx.viewer)) throw forbidden();
}

/** Per-object cursors and run results, plus outbox and problem counts. */
export async function syncStatus(ctx: Context): Promise<SyncStatus> {
  requireStaff(ctx);
  const cursors = new Map((await ctx.db.find(SyncCursor)).map((c) => [c.object, c]));
  const outbox = ctx.db.getRepository(SyncOutbox);
  const runner = ctx.services.sync;
  const out = new Map(
    (
      (await ctx.db.query(
        `SELECT entity_type, count(*) FILTER (WHERE status = 'SENT' AND sent_at > now() - interval '1 day')::int AS sent,
                count(*) FILTER (WHERE status = 'PENDING')::int AS pending
         FROM sync_outbox WHERE status = 'PENDING' OR sent_at > now() - interval '1 day' GROUP BY entity_type`,
      )) as Array<{ entity_type: string; sent: number; pending: number }>
    ).map((r) => [r.entity_type, r]),
  );
  return {
    objects: SYNC_MAPPINGS.map((m) => {
      const c = cursors.get(m.name);
      return {
        object: m.name,
        salesforceObject: m.sObject,
        owner: m.owner,
        cursor: c?.modstamp ?? null,
        deletedUntil: c?.deletedUntil ?? null,
        lastRunAt: c?.lastRunAt ?? null,
        lastSuccessAt: c?.lastSuccessAt ?? null,
        rowsApplied: c?.rowsApplied ?? 0,
        errors: c?.errors ?? 0,
        lastError: c?.lastError ?? null,
        recordsOut: out.get(m.name)?.sent ?? 0,
        pendingOut: out.get(m.name)?.pending ?? 0,
      };
    }),
    outboxPending: await outbox.countBy({ status: SyncOutboxStatus.PENDING }),
    outboxDead: await outbox.countBy({ status: SyncOutboxStatus.DEAD }),
    parked: await ctx.db.count(SyncParked),
    conflicts: await ctx.db.countBy(SyncConflict, { status: SyncConflictStatus.OPEN }),
    enabled: !!runner,
    running: runner?.isRunning ?? false,
  };
}

const fromOutbox = (o: SyncOutbox): SyncProblem => ({
  id: toGlobalId('SyncOutbox', o.id),
  kind: SyncProblemKind.DEAD_LETTER,
  object: o.entityType,
  entityId: o.entityId,
  salesforceId: o.salesforceId,
  errorCode: o.lastErrorCode ?? 'UNKNOWN_ERROR',
  message: o.lastError ?? '',
  attempts: o.attempts,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
});

const fromParked = (p: SyncParked): SyncProblem => ({
  id: toGlobalId('SyncParked', p.id),
  kind: SyncProblemKind.PARKED,
  object: p.object,
  entityId: null,
  salesforceId: p.salesforceId,
  errorCode: p.errorCode,
  message: p.message,
  attempts: p.attempts,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

/** Dead letters and parked records, oldest first. */
export async function syncProblems(ctx: Context, args: ConnectionArgs): Promise<ConnectionResult<SyncProblem>> {
  requireStaff(ctx);
  const dead = await ctx.db.find(SyncOutbox, { where: { status: SyncOutboxStatus.DEAD }, order: { createdAt: 'ASC' }, take: MAX_PROBLEMS });
  const parked = await ctx.db.find(SyncParked, { order: { createdAt: 'ASC' }, take: MAX_PROBLEMS });
  return paginateArray([...dead.map(fromOutbox), ...parked.map(fromParked)], args, (p) => p.createdAt.toISOString());
}

/** Runs the sync now and returns the status after it. */
export async function runSync(ctx: Context, input: { full?: boolean | null }): Promise<RunSyncPayload> {
  requireStaff(ctx);
  const runner = ctx.services.sync;
  if (!runner) return { status: null, userErrors: [userError(UserErrorCode.INVALID, 'Salesforce sync is not running on this server.')] };
  await runner.runOnce({ full: input.full ?? false });
  return { status: await syncStatus(ctx), userErrors: [] };
}

/**
 * Gives a dead letter or a parked record another go: it is reset and, when the server runs the sync,
 * tried at once. Returns the problem if it is still one, null once it went through.
 */
export async function retrySyncItem(ctx: Context, input: { id: string }): Promise<RetrySyncItemPayload> {
  requireStaff(ctx);
  const parsed = fromGlobalId(input.id);
  const notFound = { problem: null, userErrors: [userError(UserErrorCode.INVALID, 'No such sync problem.', ['input', 'id'])] };
  const runner = ctx.services.sync;
  if (parsed?.type === 'SyncOutbox') {
    const row = await ctx.db.findOneBy(SyncOutbox, { id: parsed.id, status: In([SyncOutboxStatus.DEAD, SyncOutboxStatus.PENDING]) });
    if (!row) return notFound;
    await ctx.db.update(SyncOutbox, row.id, { status: SyncOutboxStatus.PENDING, attempts: 0, nextAttemptAt: new Date() });
    if (runner) await runner.flushOutbox();
    const after = await ctx.db.findOneByOrFail(SyncOutbox, { id: row.id });
    return { problem: after.status === SyncOutboxStatus.SENT ? null : fromOutbox(after), userErrors: [] };
  }
  if (parsed?.type === 'SyncParked') {
    const row = await ctx.db.findOneBy(SyncParked, { id: parsed.id });
    if (!row) return notFound;
    if (runner) await runner.runOnce();
    const after = await ctx.db.findOneBy(SyncParked, { object: row.object, salesforceId: row.salesforceId });
    return { problem: after ? fromParked(after) : null, userErrors: [] };
  }
  return notFound;
}
