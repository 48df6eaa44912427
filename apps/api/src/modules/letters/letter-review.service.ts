import type { SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../graphql/context';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { badUserInput, notFound } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { Child } from '../children/child.entity';
import type { Letter } from './letter.entity';
import { LetterAction, LetterActor, LetterStatus, type LetterDirection } from './letter-state';
import { actingRole, loadLetter, moveLetter, moveLetters } from './letter-transitions';
import type { LetterDecisionInput } from './letter.inputs';
import type { LetterPayload, LetterQueueCounts, LettersPayload } from './letter.types';

const MAX_REASON = 2000;
const DAY_MS = 86_400_000;

export interface QueueFilter {
  status?: LetterStatus | null;
  direction?: LetterDirection | null;
  projectId?: string | null;
  flagged?: boolean | null;
  olderThanDays?: number | null;
}

function queueQuery(ctx: Context, f: QueueFilter): SelectQueryBuilder<Letter> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Letter')
    .andWhere('letter.submitted_at IS NOT NULL')
    .andWhere('letter.status = :status', { status: f.status ?? LetterStatus.SUBMITTED });
  if (f.direction) qb.andWhere('letter.direction = :direction', { direction: f.direction });
  if (f.projectId) {
    const projectId = fromGlobalIdOfType(f.projectId, 'Project');
    if (!projectId) throw badUserInput('"projectId" is not a project ID.', 'projectId');
    qb.andWhere('letter.child_id IN (SELECT qc.id FROM child qc WHERE qc.project_id = :projectId)', { projectId });
  }
  if (f.flagged != null) qb.andWhere(`jsonb_array_length(letter.flags) ${f.flagged ? '>' : '='} 0`);
  if (f.olderThanDays != null) {
    if (!Number.isInteger(f.olderThanDays) || f.olderThanDays < 0 || f.olderThanDays > 3650) throw badUserInput('"olderThanDays" must be between 0 and 3650.', 'olderThanDays');
    qb.andWhere('letter.submitted_at < :cutoff', { cutoff: new Date(Date.now() - f.olderThanDays * DAY_MS) });
  }
  return qb;
}

async function queueCounts(ctx: Context, qb: SelectQueryBuilder<Letter>): Promise<LetterQueueCounts> {
  const [total, flagged, rows] = await Promise.all([
    qb.clone().getCount(),
    qb.clone().andWhere('jsonb_array_length(letter.flags) > 0').getCount(),
    qb
      .clone()
      .innerJoin(Child, 'qchild', 'qchild.id = letter.child_id')
      .select('qchild.project_id', 'projectId')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('qchild.project_id')
      .getRawMany<{ projectId: string; count: number }>(),
  ]);
  const byProject = await Promise.all(rows.map(async (r) => ({ project: await ctx.loaders.byId.Project.load(r.projectId), count: Number(r.count) })));
  byProject.sort((a, b) => (a.project?.code ?? '').localeCompare(b.project?.code ?? ''));
  return { total, flagged, byProject };
}

/** The staff review queue: submitted letters, oldest submission first, with counts over all pages. */
export async function reviewQueue(ctx: Context, args: ConnectionArgs & QueueFilter): Promise<ConnectionResult<Letter> & { counts: Promise<LetterQueueCounts> }> {
  const qb = queueQuery(ctx, args);
  const page = await paginate(qb, args, 'submittedAt', (l) => l.submittedAt!.toISOString(), 'ASC');
  // A getter, so that the counts run only when a client asks for them.
  return Object.defineProperty(page, 'counts', { get: () => queueCounts(ctx, qb), enumerable: true }) as ConnectionResult<Letter> & { counts: Promise<LetterQueueCounts> };
}

/** One staff decision on one letter: approve, request changes or reject (the last two with a reason). */
export async function decideLetter(ctx: Context, input: LetterDecisionInput, action: LetterAction): Promise<LetterPayload> {
  const letter = await loadLetter(ctx, input.letterId);
  if (!letter) throw notFound('No letter with this ID.');
  if (input.reason && input.reason.length > MAX_REASON) {
    return { letter: null, userErrors: [userError(UserErrorCode.INVALID, `Keep the reason under ${MAX_REASON} characters.`, ['input', 'reason'])] };
  }
  const error = await moveLetter(ctx, letter, action, { reason: input.reason });
  return error ? { letter: null, userErrors: [error] } : { letter, userErrors: [] };
}

/** Approves many letters; flagged ones are refused here, to be looked at and approved one by one. */
export function approveLetters(ctx: Context, ids: string[]): Promise<LettersPayload> {
  const staff = actingRole(ctx.viewer) === LetterActor.STAFF;
  return moveLetters(ctx, ids, LetterAction.APPROVE, (l, field) =>
    staff && l.flags.length > 0 ? userError(UserErrorCode.NOT_ALLOWED, 'This letter has safeguarding flags: review and approve it on its own.', field) : null,
  );
}
