import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { FieldConflict } from './sync-merge';
import { rowsOf } from './sync-outbox.service';
import { SyncConflict, SyncConflictStatus } from './sync-conflict.entity';

/** Opens a conflict per field, unless the same one (same Salesforce value) is already open. Inbound and outbound both record here. */
export async function recordConflicts(em: EntityManager, object: string, salesforceId: string, entityId: string, conflicts: FieldConflict[]): Promise<number> {
  let opened = 0;
  for (const c of conflicts) {
    const open = await em.query(
      `SELECT 1 FROM sync_conflict WHERE object = $1 AND salesforce_id = $2 AND field = $3 AND status = 'OPEN' AND salesforce_value IS NOT DISTINCT FROM $4::jsonb`,
      [object, salesforceId, c.field, JSON.stringify(json(c.salesforce))],
    );
    if (rowsOf(open).length > 0) continue;
    await em.insert(SyncConflict, {
      id: randomUUID(), object, salesforceId, entityId, status: SyncConflictStatus.OPEN,
      field: c.field, baseValue: json(c.base), portalValue: json(c.portal), salesforceValue: json(c.salesforce), winner: c.winner,
    } as never);
    opened += 1;
  }
  return opened;
}

// jsonb columns take any JSON value; undefined is stored as null.
const json = (v: unknown) => (v === undefined ? null : v);
