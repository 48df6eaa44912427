import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { mappingByName } from './sync-mapping';
import { SyncOperation, SyncOutbox, SyncOutboxStatus } from './sync-outbox.entity';

export interface SyncChange {
  /** A portal-owned mapping name, e.g. "letter". */
  entityType: string;
  /** The portal row's uuid (it becomes the record's Portal_Id__c). */
  entityId: string;
  /** Portal values keyed like the mapping's `portal` names; only the keys present are sent. */
  payload: Record<string, unknown>;
  operation?: SyncOperation;
}

/**
 * Queues a portal change for Salesforce. Pass the transaction's manager so the outbox row commits (or
 * rolls back) with the change. A change not yet picked up is merged into the waiting row.
 */
export async function enqueueSyncChange(em: EntityManager, change: SyncChange): Promise<void> {
  const mapping = mappingByName(change.entityType);
  if (mapping.owner !== 'portal' || !mapping.externalId) throw new Error(`${change.entityType} is not pushed to Salesforce`);
  const operation = change.operation ?? SyncOperation.UPSERT;
  const merged: Array<{ id: string }> = await em
    .query(
      `UPDATE sync_outbox SET payload = payload || $3::jsonb, updated_at = now()
       WHERE entity_type = $1 AND entity_id = $2 AND operation = $4 AND status = 'PENDING' AND attempts = 0 AND next_attempt_at <= now()
       RETURNING id`,
      [change.entityType, change.entityId, JSON.stringify(change.payload), operation],
    )
    .then((r: unknown) => rowsOf<{ id: string }>(r));
  if (merged.length > 0) return;
  const row = em.create(SyncOutbox, {
    id: randomUUID(),
    entityType: change.entityType,
    entityId: change.entityId,
    operation,
    payload: change.payload,
    status: SyncOutboxStatus.PENDING,
    attempts: 0,
  });
  await em.insert(SyncOutbox, row as never);
}

/** `UPDATE … RETURNING` comes back as [rows, count] from the pg driver. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
