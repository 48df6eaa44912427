import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { badUserInput, notFound } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import type { Child } from '../children/child.entity';
import type { Sponsorship } from '../sponsorships/sponsorship.entity';
import { Letter } from './letter.entity';
import { LetterAction, LetterActor, LetterDirection, LetterStatus, transition } from './letter-state';
import { fillMergeFields, MERGE_FIELDS } from './merge-fields';
import { findStationery, STATIONERY } from './stationery';
import { ILLEGAL_TRANSITION, loadLetter, moveLetter, moveLetters } from './letter-transitions';
import type { UpdateLetterInput, WriteLetterInput } from './letter.inputs';
import type { LetterPayload, LetterResult, LettersPayload } from './letter.types';
import { enqueueLetterChange } from '../sync/sync-letters';
import { screen } from './letter-screening';

export const MAX_BODY = 10_000;
const MAX_CHILDREN = 50;
const LANGUAGE = /^[a-z]{2}(-[A-Z]{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Kept exported here: the letter services import it from this module.
export { screen };

/** Checks body, language and stationery; the first problem, or null. */
export function checkText(input: { body?: string | null; language?: string | null; stationeryKey?: string | null }, submitting: boolean): UserError | null {
  if (input.body != null && input.body.length > MAX_BODY) return userError(UserErrorCode.INVALID, `Keep the letter under ${MAX_BODY} characters.`, ['input', 'body']);
  if (submitting && input.body != null && !input.body.trim()) return userError(UserErrorCode.REQUIRED, 'Write something before sending the letter.', ['input', 'body']);
  if (input.language != null && !LANGUAGE.test(input.language)) return userError(UserErrorCode.INVALID, 'Use a language code such as "en" or "fr".', ['input', 'language']);
  if (input.stationeryKey != null && !findStationery(input.stationeryKey)) {
    return userError(UserErrorCode.INVALID, `Unknown stationery: choose ${STATIONERY.map((s) => `"${s.key}"`).join(', ')}.`, ['input', 'stationeryKey']);
  }
  return null;
}

const failAll = (error: UserError): LettersPayload => ({ results: [], userErrors: [error] });

/** A sponsor writes to one or several of the children they sponsor: one letter per child, grouped. */
export async function writeLetter(ctx: Context, input: WriteLetterInput): Promise<LettersPayload> {
  const viewer = ctx.viewer!;
  const invalid = checkText(input, input.submit);
  if (invalid) return failAll(invalid);
  if (input.childIds.length === 0 || input.childIds.length > MAX_CHILDREN) {
    return failAll(userError(UserErrorCode.INVALID, `Choose between 1 and ${MAX_CHILDREN} children.`, ['input', 'childIds']));
  }
  const me = await ctx.loaders.byId.User.load(viewer.userId);
  const language = input.language ?? me?.locale ?? 'en';
  const merged = fillMergeFields(input.body, { childFirstName: '', sponsorFirstName: '' });
  if (merged.unknown.length) {
    return failAll(userError(UserErrorCode.INVALID, `Unknown merge field {{${merged.unknown[0]}}}: use ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(' or ')}.`, ['input', 'body']));
  }
  const first = transition({ direction: LetterDirection.SPONSOR_TO_CHILD, status: null }, { action: input.submit ? LetterAction.SUBMIT : LetterAction.EDIT, role: LetterActor.SPONSOR });
  if (!first.ok) return failAll(userError(ILLEGAL_TRANSITION, first.message, ['input']));

  // Each child must be one the sponsor actively sponsors; otherwise nothing is written.
  const childIds = input.childIds.map((g) => fromGlobalIdOfType(g, 'Child'));
  const known = childIds.filter((id): id is string => !!id);
  const qb = scopedQuery(ctx.db, viewer, 'Sponsorship');
  const sponsorships = known.length
    ? await qb.andWhere(`${qb.alias}.child_id IN (:...ids) AND ${qb.alias}.sponsor_id = :me AND ${qb.alias}.active`, { ids: known, me: viewer.userId }).getMany()
    : [];
  const errors: UserError[] = [];
  const targets: Array<{ sponsorship: Sponsorship; child: Child }> = [];
  for (const [i, id] of childIds.entries()) {
    const sponsorship = sponsorships.find((s) => s.childId === id);
    const child = sponsorship ? await ctx.loaders.byId.Child.load(sponsorship.childId) : null;
    if (sponsorship && child) targets.push({ sponsorship, child });
    else errors.push(userError(UserErrorCode.INVALID, 'You can only write to children you sponsor.', ['input', 'childIds', String(i)]));
  }
  if (new Set(known).size !== known.length) errors.push(userError(UserErrorCode.INVALID, 'Each child only once.', ['input', 'childIds']));
  if (errors.length) return { results: [], userErrors: errors };

  const now = new Date();
  const groupId = targets.length > 1 ? randomUUID() : null;
  const letters = targets.map(({ sponsorship, child }) => {
    const body = fillMergeFields(input.body, { childFirstName: child.firstName, sponsorFirstName: me?.firstName ?? '' }).text;
    return ctx.db.create(Letter, {
      id: randomUUID(),
      createdAt: now,
      direction: LetterDirection.SPONSOR_TO_CHILD,
      sponsorshipId: sponsorship.id,
      childId: child.id,
      sponsorId: viewer.userId,
      authorId: viewer.userId,
      groupId,
      body,
      language,
      status: first.status,
      nextActor: first.nextActor,
      flags: screen(body, language),
      submittedAt: first.stamp === 'submittedAt' ? now : null,
      approvedAt: null,
      printedAt: null,
      deliveredAt: null,
      firstReadAt: null,
      inReplyToId: null,
      stationeryKey: input.stationeryKey ?? null,
      salesforceId: null,
    });
  });
  await ctx.db.transaction(async (em) => {
    await em.save(letters);
    for (const letter of letters) await enqueueLetterChange(em, null, letter as never);
  });
  const results: LetterResult[] = letters.map((letter, i) => ({ id: input.childIds[i], letter, userError: null }));
  return { results, userErrors: [] };
}

/** Saves changes to a draft (or a letter sent back), screening the new text; optionally sends it for review. */
export async function updateLetter(ctx: Context, input: UpdateLetterInput): Promise<LetterPayload> {
  const letter = await loadLetter(ctx, input.letterId);
  if (!letter) throw notFound('No letter with this ID.');
  const invalid = checkText(input, input.submit);
  if (invalid) return { letter: null, userErrors: [invalid] };
  const body = input.body ?? letter.body;
  const language = input.language ?? letter.language;
  const patch: Partial<Letter> = { body, language, flags: screen(body, language), stationeryKey: input.stationeryKey ?? letter.stationeryKey };
  const edited = await moveLetter(ctx, letter, LetterAction.EDIT, { patch });
  if (edited) return { letter: null, userErrors: [edited] };
  if (input.submit) {
    if (!letter.body.trim()) return { letter, userErrors: [userError(UserErrorCode.REQUIRED, 'Write something before sending the letter.', ['input', 'body'])] };
    const submitted = await moveLetter(ctx, letter, LetterAction.SUBMIT);
    if (submitted) return { letter, userErrors: [submitted] };
  }
  return { letter, userErrors: [] };
}

/** Sends drafts (or letters sent back) for staff review. */
export function submitLetters(ctx: Context, ids: string[]): Promise<LettersPayload> {
  return moveLetters(ctx, ids, LetterAction.SUBMIT, (l, field) =>
    l.body.trim() ? null : userError(UserErrorCode.REQUIRED, 'Write something before sending the letter.', field),
  );
}

/** The sponsor opens a reply: the first time is recorded. */
export async function markLetterRead(ctx: Context, letterId: string): Promise<LetterPayload> {
  const letter = await loadLetter(ctx, letterId);
  if (!letter) throw notFound('No letter with this ID.');
  const error = await moveLetter(ctx, letter, LetterAction.MARK_READ);
  return error ? { letter: null, userErrors: [error] } : { letter, userErrors: [] };
}

export async function getLetter(ctx: Context, globalId: string): Promise<Letter> {
  const letter = await loadLetter(ctx, globalId);
  if (!letter) throw notFound('No letter with this ID.');
  return letter;
}

export interface LetterFilter {
  direction?: LetterDirection | null;
  status?: LetterStatus[] | null;
  childId?: string | null;
  groupId?: string | null;
}

/** Letters the viewer may see, newest first. */
export function listLetters(ctx: Context, args: ConnectionArgs & LetterFilter): Promise<ConnectionResult<Letter>> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Letter');
  if (args.direction) qb.andWhere('letter.direction = :direction', { direction: args.direction });
  if (args.status?.length) qb.andWhere('letter.status IN (:...statuses)', { statuses: args.status });
  if (args.childId) {
    const childId = fromGlobalIdOfType(args.childId, 'Child');
    if (!childId) throw badUserInput('"childId" is not a child ID.', 'childId');
    qb.andWhere('letter.child_id = :childId', { childId });
  }
  if (args.groupId) {
    if (!UUID.test(args.groupId)) throw badUserInput('"groupId" is not a letter group.', 'groupId');
    qb.andWhere('letter.group_id = :groupId', { groupId: args.groupId });
  }
  return paginate(qb, args, 'createdAt', (l) => l.createdAt.toISOString(), 'DESC');
}
