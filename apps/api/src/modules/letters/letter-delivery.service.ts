import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { Child } from '../children/child.entity';
import type { Sponsorship } from '../sponsorships/sponsorship.entity';
import { Letter } from './letter.entity';
import { LetterAction, LetterActor, LetterDirection, LetterStatus, transition } from './letter-state';
import { ILLEGAL_TRANSITION, loadLetter } from './letter-transitions';
import { checkText, screen } from './letter.service';
import type { RecordChildReplyInput } from './letter.inputs';
import type { LetterPayload, PrintQueueGroup } from './letter.types';
import { enqueueLetterChange } from '../sync/sync-letters';
import { mediaRuntime } from '../media/media-runtime';
import { attachScan, checkScanUpload } from './letter-scans';

const PRINT_STATUSES = new Set<LetterStatus>([LetterStatus.APPROVED, LetterStatus.PRINTED]);

function printable(ctx: Context, status: LetterStatus) {
  if (!PRINT_STATUSES.has(status)) throw badUserInput('The print queue holds APPROVED (to print) or PRINTED (to hand over) letters.', 'status');
  return scopedQuery(ctx.db, ctx.viewer, 'Letter')
    .andWhere('letter.direction = :s2c', { s2c: LetterDirection.SPONSOR_TO_CHILD })
    .andWhere('letter.status = :status', { status });
}

/** Released letters to the partner's children, one group per project (by project code). */
export async function printQueue(ctx: Context, status: LetterStatus): Promise<PrintQueueGroup[]> {
  const rows = await printable(ctx, status)
    .innerJoin(Child, 'pchild', 'pchild.id = letter.child_id')
    .select('pchild.project_id', 'projectId')
    .addSelect('COUNT(*)::int', 'count')
    .groupBy('pchild.project_id')
    .getRawMany<{ projectId: string; count: number }>();
  const groups: PrintQueueGroup[] = [];
  for (const r of rows) {
    const project = await ctx.loaders.byId.Project.load(r.projectId);
    if (project) groups.push({ project, count: Number(r.count), status });
  }
  return groups.sort((a, b) => a.project.code.localeCompare(b.project.code));
}

/** The letters of one print-queue group, in the order they were released. */
export function printQueueLetters(ctx: Context, group: PrintQueueGroup, args: ConnectionArgs): Promise<ConnectionResult<Letter>> {
  const qb = printable(ctx, group.status as LetterStatus).andWhere(
    'letter.child_id IN (SELECT gc.id FROM child gc WHERE gc.project_id = :groupProjectId)',
    { groupProjectId: group.project.id },
  );
  return paginate(qb, args, 'approvedAt', (l) => l.approvedAt!.toISOString(), 'ASC');
}

const fail = (e: UserError): LetterPayload => ({ letter: null, userErrors: [e] });

async function replySponsorship(ctx: Context, child: Child, input: RecordChildReplyInput, inReplyTo: Letter | null): Promise<Sponsorship | UserError> {
  const all = await ctx.loaders.sponsorshipsByChildId.load(child.id);
  if (inReplyTo) return all.find((s) => s.id === inReplyTo.sponsorshipId) ?? userError(UserErrorCode.INVALID, 'That letter is not to this child.', ['input', 'inReplyToId']);
  if (input.sponsorshipId) {
    const id = fromGlobalIdOfType(input.sponsorshipId, 'Sponsorship');
    return all.find((s) => s.id === id) ?? userError(UserErrorCode.INVALID, "This is not one of the child's sponsorships.", ['input', 'sponsorshipId']);
  }
  const active = all.filter((s) => s.active);
  if (active.length === 1) return active[0];
  return active.length === 0
    ? userError(UserErrorCode.INVALID, 'This child has no sponsor to write to.', ['input', 'childId'])
    : userError(UserErrorCode.REQUIRED, 'This child has several sponsors: choose the sponsorship.', ['input', 'sponsorshipId']);
}

/**
 * A partner records a child's reply: the scan of the handwritten letter (an upload of purpose LETTER_SCAN)
 * and/or a typed text; it waits for staff review before the sponsor sees it.
 */
export async function recordChildReply(ctx: Context, input: RecordChildReplyInput): Promise<LetterPayload> {
  const body = input.body ?? '';
  const invalid = checkText({ ...input, body }, !input.scanUploadId);
  if (invalid) return fail(invalid);
  let scan: { uploadId: string } | null = null;
  if (input.scanUploadId) {
    const checked = await checkScanUpload(ctx, input.scanUploadId);
    if (!('uploadId' in checked)) return fail(checked);
    scan = checked;
  }
  const childId = fromGlobalIdOfType(input.childId, 'Child');
  const child = childId ? await ctx.loaders.byId.Child.load(childId) : null;
  if (!child) return fail(userError(UserErrorCode.INVALID, 'No child with this ID.', ['input', 'childId']));
  let inReplyTo: Letter | null = null;
  if (input.inReplyToId) {
    inReplyTo = await loadLetter(ctx, input.inReplyToId);
    if (!inReplyTo || inReplyTo.direction !== LetterDirection.SPONSOR_TO_CHILD || inReplyTo.childId !== child.id) {
      return fail(userError(UserErrorCode.INVALID, 'Choose a letter this child received.', ['input', 'inReplyToId']));
    }
  }
  const sponsorship = await replySponsorship(ctx, child, input, inReplyTo);
  if (!('sponsorId' in sponsorship)) return fail(sponsorship);
  const t = transition({ direction: LetterDirection.CHILD_TO_SPONSOR, status: null }, { action: LetterAction.SUBMIT, role: LetterActor.PARTNER });
  if (!t.ok) return fail(userError(ILLEGAL_TRANSITION, t.message, ['input']));
  const now = new Date();
  const language = input.language ?? inReplyTo?.language ?? 'en';
  const letter = ctx.db.create(Letter, {
    id: randomUUID(),
    createdAt: now,
    direction: LetterDirection.CHILD_TO_SPONSOR,
    sponsorshipId: sponsorship.id,
    childId: child.id,
    sponsorId: sponsorship.sponsorId,
    authorId: ctx.viewer!.userId,
    groupId: null,
    body,
    language,
    status: t.status,
    nextActor: t.nextActor,
    flags: screen(body, language),
    submittedAt: now,
    approvedAt: null,
    printedAt: null,
    deliveredAt: null,
    firstReadAt: null,
    inReplyToId: inReplyTo?.id ?? null,
    stationeryKey: null,
    salesforceId: null,
  });
  await ctx.db.transaction(async (em) => {
    await em.save(letter);
    if (scan) await attachScan(em, mediaRuntime(ctx.services).storage, letter.id, scan.uploadId);
    await enqueueLetterChange(em, null, letter as never);
  });
  return { letter, userErrors: [] };
}
