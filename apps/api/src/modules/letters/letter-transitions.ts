import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { isPartner, isSponsor, isStaff, type Viewer } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { ApprovalDecision, ApprovalSubjectType } from '../approvals/approval.entity';
import { recordApproval } from '../approvals/approval.service';
import { Letter } from './letter.entity';
import { LetterAction, LetterActor, LetterDirection, transition, type ActingRole } from './letter-state';
import { notifySponsor } from './letter-notifications';
import type { LetterResult, LettersPayload } from './letter.types';
import { enqueueLetterChange } from '../sync/sync-letters';
import { scanBlocksRelease } from './letter-scans';

/** The code of a refused move (a partner approving, a sponsor editing a submitted letter, releasing twice). */
export const ILLEGAL_TRANSITION = UserErrorCode.ILLEGAL_TRANSITION;

const DECISIONS: Partial<Record<LetterAction, ApprovalDecision>> = {
  [LetterAction.APPROVE]: ApprovalDecision.APPROVED,
  [LetterAction.REQUEST_CHANGES]: ApprovalDecision.CHANGES_REQUESTED,
  [LetterAction.REJECT]: ApprovalDecision.REJECTED,
};

const AUDITED: Partial<Record<LetterAction, string>> = {
  [LetterAction.APPROVE]: 'letter.approved',
  [LetterAction.REQUEST_CHANGES]: 'letter.changes_requested',
  [LetterAction.REJECT]: 'letter.rejected',
  [LetterAction.MARK_PRINTED]: 'letter.printed',
  [LetterAction.MARK_DELIVERED]: 'letter.delivered',
};

/** The role a viewer acts in on letters; null for integrators, who cannot act on letters. */
export function actingRole(viewer: Viewer | null): ActingRole | null {
  if (isStaff(viewer)) return LetterActor.STAFF;
  if (isPartner(viewer)) return LetterActor.PARTNER;
  if (isSponsor(viewer)) return LetterActor.SPONSOR;
  return null;
}

export interface MoveOptions {
  reason?: string | null;
  /** Field changes written together with the move (an edit's new text). */
  patch?: Partial<Letter>;
  field?: string[];
}

class StaleLetter extends Error {}

/**
 * Applies one move to one letter: the state machine decides; the update only happens if nobody
 * moved the letter meanwhile; the review decision, audit event and email commit with it.
 */
export async function moveLetter(ctx: Context, letter: Letter, action: LetterAction, opts: MoveOptions = {}): Promise<UserError | null> {
  const field = opts.field ?? ['input', 'letterId'];
  const role = actingRole(ctx.viewer);
  if (!role) return userError(ILLEGAL_TRANSITION, 'Only people can act on letters.', field);
  const t = transition(letter, { action, role, reason: opts.reason });
  if (!t.ok) return userError(t.code === 'REASON_REQUIRED' ? UserErrorCode.REQUIRED : ILLEGAL_TRANSITION, t.message, t.code === 'REASON_REQUIRED' ? ['input', 'reason'] : field);
  if (!t.changed && !opts.patch) return null;
  if (action === LetterAction.APPROVE && letter.direction === LetterDirection.CHILD_TO_SPONSOR) {
    const blocked = await scanBlocksRelease(ctx, letter, field);
    if (blocked) return blocked;
  }
  const now = new Date();
  const patch: Partial<Letter> = { ...opts.patch, status: t.status, nextActor: t.nextActor, ...(t.stamp ? { [t.stamp]: now } : {}) };
  // Read before the transaction: inside it only its own manager may be used.
  const child = await ctx.loaders.byId.Child.load(letter.childId);
  try {
    await ctx.db.transaction(async (em) => {
      const res = await em
        .createQueryBuilder()
        .update(Letter)
        .set(patch as never)
        .where('id = :id AND status = :from', { id: letter.id, from: letter.status })
        .execute();
      if (res.affected !== 1) throw new StaleLetter();
      await enqueueLetterChange(em, letter as never, { ...letter, ...patch } as never);
      await sideEffects(ctx, em, letter, action, opts.reason?.trim() || null, now, child?.firstName ?? null);
    });
  } catch (err) {
    if (err instanceof StaleLetter) return userError(ILLEGAL_TRANSITION, 'Someone else changed this letter meanwhile: reload it and try again.', field);
    throw err;
  }
  Object.assign(letter, patch);
  return null;
}

async function sideEffects(ctx: Context, em: EntityManager, letter: Letter, action: LetterAction, reason: string | null, now: Date, childFirstName: string | null): Promise<void> {
  const decision = DECISIONS[action];
  if (decision) {
    await recordApproval(em, { subjectType: ApprovalSubjectType.LETTER, subjectId: letter.id, decision, reviewerId: ctx.viewer!.userId, reason }, now);
  }
  const auditAction = AUDITED[action];
  if (auditAction) {
    await audit(ctx, { action: auditAction, targetType: 'Letter', targetId: letter.id, details: { direction: letter.direction, ...(reason ? { reason } : {}) } }, em);
  }
  const s2c = letter.direction === LetterDirection.SPONSOR_TO_CHILD;
  if (s2c && action === LetterAction.REQUEST_CHANGES) await notifySponsor(ctx, em, letter, 'CHANGES_REQUESTED', childFirstName, reason);
  if (s2c && action === LetterAction.MARK_DELIVERED) await notifySponsor(ctx, em, letter, 'DELIVERED', childFirstName, null);
  if (!s2c && action === LetterAction.APPROVE) await notifySponsor(ctx, em, letter, 'REPLY_RELEASED', childFirstName, null);
}

/** A letter by global ID through the viewer's scope; null when out of reach or malformed. */
export async function loadLetter(ctx: Context, globalId: string): Promise<Letter | null> {
  const id = fromGlobalIdOfType(globalId, 'Letter');
  return id ? ctx.loaders.byId.Letter.load(id) : null;
}

export const MAX_BULK = 100;

/** Applies a move to many letters, each on its own: one that cannot move does not stop the others. */
export async function moveLetters(
  ctx: Context,
  ids: string[],
  action: LetterAction,
  check: (letter: Letter, field: string[]) => UserError | null = () => null,
): Promise<LettersPayload> {
  if (ids.length === 0 || ids.length > MAX_BULK) {
    return { results: [], userErrors: [userError(UserErrorCode.INVALID, `Give between 1 and ${MAX_BULK} letters.`, ['input', 'letterIds'])] };
  }
  const results: LetterResult[] = [];
  for (const [i, id] of ids.entries()) {
    const field = ['input', 'letterIds', String(i)];
    const letter = await loadLetter(ctx, id);
    const error = !letter
      ? userError(UserErrorCode.INVALID, 'No letter with this ID.', field)
      : (check(letter, field) ?? (await moveLetter(ctx, letter, action, { field })));
    results.push({ id, letter: error ? null : letter, userError: error });
  }
  return { results, userErrors: results.flatMap((r) => (r.userError ? [r.userError] : [])) };
}
