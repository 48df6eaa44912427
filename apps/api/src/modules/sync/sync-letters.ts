import type { EntityManager } from 'typeorm';
import { mappingByName, outboundFields } from './sync-mapping';
import { enqueueSyncChange } from './sync-outbox.service';
import { sameValue } from './sync-merge';
import { screen } from '../letters/letter-screening';

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

// On its way to its reader: released (to the partner for printing, or a reply to the sponsor) or printed.
const RELEASED = new Set(['APPROVED', 'PRINTED']);
const SCREENED_FIELDS = new Set(['body', 'language']);

/**
 * Salesforce's text (or language) was written into a portal row: for a letter, screens it as a writer's
 * text is screened and stores the flags. A flagged letter already released goes back to staff review
 * (SUBMITTED, staff act next) instead of on to the child or sponsor; the status change is queued for
 * Salesforce. Run in the transaction that wrote the value. Returns whether the letter went back to review.
 */
export async function afterSalesforceValues(em: EntityManager, object: string, entityId: string, fields: Iterable<string>): Promise<boolean> {
  if (object !== 'letter' || ![...fields].some((f) => SCREENED_FIELDS.has(f))) return false;
  const repo = em.getRepository<LetterValues>('Letter');
  const letter = await repo.findOneBy({ id: entityId });
  if (!letter) return false;
  const flags = screen(String(letter.body), String(letter.language));
  const back = flags.length > 0 && RELEASED.has(String(letter.status));
  const patch: Record<string, unknown> = back ? { flags, status: 'SUBMITTED', nextActor: 'STAFF', approvedAt: null, printedAt: null } : { flags };
  await repo.update(entityId, patch as never);
  if (back) await enqueueLetterChange(em, letter, { ...letter, ...patch, id: entityId });
  return back;
}
