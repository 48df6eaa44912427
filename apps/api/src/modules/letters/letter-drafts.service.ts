import type { Context } from '../../graphql/context';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { Letter } from './letter.entity';
import { mediaRuntime } from '../media/media-runtime';
import { LetterAttachment } from './letter-photo.entity';
import { deleteFiles } from './letter-photos';
import { LetterAction, LetterDirection, LetterStatus, transition } from './letter-state';
import { fillMergeFields, MERGE_FIELDS } from './merge-fields';
import { actingRole, ILLEGAL_TRANSITION, loadLetter, MAX_BULK, moveLetter } from './letter-transitions';
import { checkText, screen } from './letter.service';
import type { SaveLetterDraftsInput } from './letter.inputs';
import type { LetterResult, LettersPayload } from './letter.types';

const failAll = (error: UserError): LettersPayload => ({ results: [], userErrors: [error] });
const tooMany = (field: string[]) => userError(UserErrorCode.INVALID, `Give between 1 and ${MAX_BULK} letters.`, field);

/**
 * Autosave of a letter being written: the same text (merge fields filled for each child) saved to
 * each of the drafts written together. Only drafts and letters sent back may change (the state machine).
 */
export async function saveLetterDrafts(ctx: Context, input: SaveLetterDraftsInput): Promise<LettersPayload> {
  if (input.letterIds.length === 0 || input.letterIds.length > MAX_BULK) return failAll(tooMany(['input', 'letterIds']));
  const invalid = checkText(input, false);
  if (invalid) return failAll(invalid);
  const me = await ctx.loaders.byId.User.load(ctx.viewer!.userId);
  const unknown = fillMergeFields(input.body, { childFirstName: '', sponsorFirstName: '' }).unknown;
  if (unknown.length) {
    return failAll(userError(UserErrorCode.INVALID, `Unknown merge field {{${unknown[0]}}}: use ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(' or ')}.`, ['input', 'body']));
  }
  const results: LetterResult[] = [];
  for (const [i, id] of input.letterIds.entries()) {
    const field = ['input', 'letterIds', String(i)];
    const letter = await loadLetter(ctx, id);
    let error: UserError | null = null;
    if (!letter || letter.direction !== LetterDirection.SPONSOR_TO_CHILD) error = userError(UserErrorCode.INVALID, 'No letter with this ID.', field);
    else {
      const child = await ctx.loaders.byId.Child.load(letter.childId);
      const body = fillMergeFields(input.body, { childFirstName: child?.firstName ?? '', sponsorFirstName: me?.firstName ?? '' }).text;
      const language = input.language ?? letter.language;
      const patch: Partial<Letter> = { body, language, flags: screen(body, language), stationeryKey: input.stationeryKey === undefined ? letter.stationeryKey : input.stationeryKey };
      error = await moveLetter(ctx, letter, LetterAction.EDIT, { patch, field });
    }
    results.push({ id, letter: error ? null : letter, userError: error });
  }
  return { results, userErrors: results.flatMap((r) => (r.userError ? [r.userError] : [])) };
}

/** Throws drafts away (the sponsor's own, still drafts); each succeeds or fails on its own. */
export async function deleteLetterDrafts(ctx: Context, ids: string[]): Promise<LettersPayload> {
  if (ids.length === 0 || ids.length > MAX_BULK) return failAll(tooMany(['input', 'letterIds']));
  const role = actingRole(ctx.viewer);
  const results: LetterResult[] = [];
  for (const [i, id] of ids.entries()) {
    const field = ['input', 'letterIds', String(i)];
    const letter = await loadLetter(ctx, id);
    let error: UserError | null = null;
    if (!letter) error = userError(UserErrorCode.INVALID, 'No letter with this ID.', field);
    else {
      const t = role ? transition(letter, { action: LetterAction.DELETE, role }) : null;
      if (!t?.ok || letter.authorId !== ctx.viewer!.userId) error = userError(ILLEGAL_TRANSITION, t && !t.ok ? t.message : 'Only the writer can delete a draft.', field);
      else {
        const files = await ctx.db.getRepository(LetterAttachment).findBy({ letterId: letter.id });
        // Only while it is still a draft: a letter sent meanwhile stays. Its photos' rows go with it (cascade).
        const res = await ctx.db.createQueryBuilder().delete().from(Letter).where('id = :id AND status = :draft', { id: letter.id, draft: LetterStatus.DRAFT }).execute();
        if (res.affected !== 1) error = userError(ILLEGAL_TRANSITION, 'This letter is no longer a draft: reload it.', field);
        else await deleteFiles(mediaRuntime(ctx.services).storage, files);
      }
    }
    results.push({ id, letter: null, userError: error });
  }
  return { results, userErrors: results.flatMap((r) => (r.userError ? [r.userError] : [])) };
}
