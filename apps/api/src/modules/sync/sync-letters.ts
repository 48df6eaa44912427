import type { EntityManager } from 'typeorm';
import { mappingByName, outboundFields } from './sync-mapping';
import { enqueueSyncChange } from './sync-outbox.service';
import { sameValue } from './sync-merge';

type LetterValues = Record<string, unknown> & { id: string };

/**
 * Queues a letter change for Salesforce in the caller's transaction. Only the mapped fields that differ
 * from `before` are sent (all of them for a new letter), so a change never carries stale values of
 * fields Salesforce may have changed meanwhile.
 */
export async function enqueueLetterChange(em: EntityManager, before: LetterValues | null, after: LetterValues): Promise<void> {
  const payload: Record<string, unknown> = {};
  for (const f of outboundFields(mappingByName('letter'))) {
    const value = after[f.portal] instanceof Date ? (after[f.portal] as Date).toISOString() : after[f.portal];
    const old = before?.[f.portal] instanceof Date ? (before[f.portal] as Date).toISOString() : before?.[f.portal];
    if (before === null || (f.portal in after && !sameValue(value, old))) payload[f.portal] = value ?? null;
  }
  if (Object.keys(payload).length > 0) await enqueueSyncChange(em, { entityType: 'letter', entityId: after.id, payload });
}
