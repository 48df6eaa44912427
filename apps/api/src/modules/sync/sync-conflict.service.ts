import type { Context } from '../../graphql/context';
import { paginateArray, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import { UserErrorCode, userError } from '../../graphql/user-error';
import { isStaff } from '../../auth/viewer';
import { forbidden } from '../../graphql/errors';
import { SYNC_MAPPINGS, type ObjectMapping } from './sync-mapping';
import { SyncConflict, SyncConflictStatus } from './sync-conflict.entity';
import { enqueueSyncChange } from './sync-outbox.service';
import { afterSalesforceValues } from './sync-letters';
import { SyncConflictSide, type ResolveSyncConflictPayload, type SyncConflictItem } from './sync.types';

// Conflicts are rare incidents; the open list is capped rather than keyset-paged in SQL.
const MAX_CONFLICTS = 1000;

function requireStaff(ctx: Context): void {
  if (!isStaff(ctx.viewer)) throw forbidden();
}

/** The mapping of a conflict when the portal may write the field to Salesforce (a two-way or portal-owned field of a pushed object). */
function pushableMapping(c: SyncConflict): ObjectMapping | null {
  const m = SYNC_MAPPINGS.find((x) => x.name === c.object);
  const f = m?.fields.find((x) => x.portal === c.field);
  return m?.externalId && f && (f.owner === 'portal' || f.direction === 'both') ? m : null;
}

const asJson = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

const toItem = (c: SyncConflict): SyncConflictItem => ({
  id: toGlobalId('SyncConflict', c.id),
  object: c.object,
  entityId: c.entityId,
  salesforceId: c.salesforceId,
  field: c.field,
  baseValue: asJson(c.baseValue),
  portalValue: asJson(c.portalValue),
  salesforceValue: asJson(c.salesforceValue),
  winner: c.winner,
  canKeepPortal: pushableMapping(c) !== null,
  createdAt: c.createdAt,
});

/** Open conflicts, oldest first. */
export async function syncConflicts(ctx: Context, args: ConnectionArgs): Promise<ConnectionResult<SyncConflictItem>> {
  requireStaff(ctx);
  const open = await ctx.db.find(SyncConflict, { where: { status: SyncConflictStatus.OPEN }, order: { createdAt: 'ASC' }, take: MAX_CONFLICTS });
  return paginateArray(open.map(toItem), args, (c) => c.createdAt.toISOString());
}

/**
 * Settles a conflict. Keeping Salesforce's value writes it to the portal row; either way the kept value
 * is queued for Salesforce (the portal's outbox may have overwritten it meanwhile), so both sides agree.
 * Salesforce-owned fields already hold Salesforce's value: they can only be acknowledged.
 */
export async function resolveSyncConflict(ctx: Context, input: { id: string; keep: SyncConflictSide }): Promise<ResolveSyncConflictPayload> {
  requireStaff(ctx);
  const parsed = fromGlobalId(input.id);
  const conflict = parsed?.type === 'SyncConflict' ? await ctx.db.findOneBy(SyncConflict, { id: parsed.id, status: SyncConflictStatus.OPEN }) : null;
  if (!conflict) return { conflict: null, userErrors: [userError(UserErrorCode.INVALID, 'No such open conflict.', ['input', 'id'])] };
  const m = pushableMapping(conflict);
  if (!m && input.keep === SyncConflictSide.PORTAL) {
    return { conflict: null, userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'Salesforce owns this field: its value is the one kept.', ['input', 'keep'])] };
  }
  await ctx.db.transaction(async (em) => {
    if (m?.entity) {
      const repo = em.getRepository(m.entity);
      if (input.keep === SyncConflictSide.SALESFORCE) {
        await repo.update(conflict.entityId, { [conflict.field]: conflict.salesforceValue });
        // Salesforce's text is screened like a writer's: flagged, a released letter goes back to review.
        await afterSalesforceValues(em, m.name, conflict.entityId, [conflict.field]);
      }
      // Staff decided knowing Salesforce's value: it is the base the push checks against, so the kept
      // value goes out (a later Salesforce edit would still be caught as a new conflict).
      await em.query(
        `UPDATE sync_link SET synced_values = synced_values || jsonb_build_object($3::text, $4::jsonb) WHERE object = $1 AND entity_id = $2`,
        [conflict.object, conflict.entityId, conflict.field, JSON.stringify(conflict.salesforceValue ?? null)],
      );
      const row = await repo.findOneBy({ id: conflict.entityId });
      if (row) await enqueueSyncChange(em, { entityType: m.name, entityId: conflict.entityId, payload: { [conflict.field]: row[conflict.field] } });
    }
    const status = input.keep === SyncConflictSide.PORTAL ? SyncConflictStatus.KEPT_PORTAL : SyncConflictStatus.KEPT_SALESFORCE;
    // Every open conflict of this field of this record is settled by the same choice.
    await em.update(
      SyncConflict,
      { object: conflict.object, entityId: conflict.entityId, field: conflict.field, status: SyncConflictStatus.OPEN },
      { status, resolvedAt: new Date(), resolvedById: ctx.viewer!.userId },
    );
  });
  if (m && ctx.services.sync) await ctx.services.sync.flushOutbox();
  return { conflict: toItem(await ctx.db.findOneByOrFail(SyncConflict, { id: conflict.id })), userErrors: [] };
}
