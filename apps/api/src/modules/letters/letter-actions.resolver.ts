import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { LetterAction } from './letter-state';
import { LetterDecisionInput, LetterIdInput, RemoveLetterPhotoInput, LetterIdsInput, RecordChildReplyInput, SaveLetterDraftsInput, UpdateLetterInput, WriteLetterInput } from './letter.inputs';
import { deleteLetterDrafts, saveLetterDrafts } from './letter-drafts.service';
import { LetterPayload, LettersPayload } from './letter.types';
import { markLetterRead, submitLetters, updateLetter, writeLetter } from './letter.service';
import { approveLetters, decideLetter } from './letter-review.service';
import { recordChildReply } from './letter-delivery.service';
import { moveLetters } from './letter-transitions';
import { removeLetterPhoto } from './letter-photos';

/** Every move of a letter; which role may make which move is the state machine's call (letter-state.ts). */
@Resolver()
export class LetterActionsResolver {
  @Mutation(() => LettersPayload, { description: 'Write to a sponsored child, or the same letter to several (sponsors). Saved as drafts unless `submit`.' })
  writeLetter(@Ctx() ctx: Context, @Arg('input') input: WriteLetterInput): Promise<LettersPayload> {
    return writeLetter(ctx, input);
  }

  @Mutation(() => LetterPayload, { description: 'Save changes to a draft or to a letter sent back for changes; optionally send it.' })
  updateLetter(@Ctx() ctx: Context, @Arg('input') input: UpdateLetterInput): Promise<LetterPayload> {
    return updateLetter(ctx, input);
  }

  @Mutation(() => LettersPayload, { description: 'Autosave the letter being written to each of its drafts (sponsors).' })
  saveLetterDrafts(@Ctx() ctx: Context, @Arg('input') input: SaveLetterDraftsInput): Promise<LettersPayload> {
    return saveLetterDrafts(ctx, input);
  }

  @Mutation(() => LettersPayload, { description: 'Throw drafts away; letters already sent cannot be deleted (sponsors).' })
  deleteLetterDrafts(@Ctx() ctx: Context, @Arg('input') input: LetterIdsInput): Promise<LettersPayload> {
    return deleteLetterDrafts(ctx, input.letterIds);
  }

  @Mutation(() => LetterPayload, { description: 'Remove a photo from a letter that can still be edited; its file is deleted (sponsors).' })
  removeLetterPhoto(@Ctx() ctx: Context, @Arg('input') input: RemoveLetterPhotoInput): Promise<LetterPayload> {
    return removeLetterPhoto(ctx, input.photoId);
  }

  @Mutation(() => LettersPayload, { description: 'Send letters for staff review.' })
  submitLetters(@Ctx() ctx: Context, @Arg('input') input: LetterIdsInput): Promise<LettersPayload> {
    return submitLetters(ctx, input.letterIds);
  }

  @Mutation(() => LetterPayload, { description: 'Approve a letter: released to the partner, or a reply to the sponsor (staff).' })
  approveLetter(@Ctx() ctx: Context, @Arg('input') input: LetterDecisionInput): Promise<LetterPayload> {
    return decideLetter(ctx, input, LetterAction.APPROVE);
  }

  @Mutation(() => LettersPayload, { description: 'Approve many letters; flagged ones must be approved one by one (staff).' })
  approveLetters(@Ctx() ctx: Context, @Arg('input') input: LetterIdsInput): Promise<LettersPayload> {
    return approveLetters(ctx, input.letterIds);
  }

  @Mutation(() => LetterPayload, { description: 'Send a letter back to its writer with a reason (staff).' })
  requestLetterChanges(@Ctx() ctx: Context, @Arg('input') input: LetterDecisionInput): Promise<LetterPayload> {
    return decideLetter(ctx, input, LetterAction.REQUEST_CHANGES);
  }

  @Mutation(() => LetterPayload, { description: 'Reject a letter with a reason; it will not be delivered (staff).' })
  rejectLetter(@Ctx() ctx: Context, @Arg('input') input: LetterDecisionInput): Promise<LetterPayload> {
    return decideLetter(ctx, input, LetterAction.REJECT);
  }

  @Mutation(() => LettersPayload, { description: 'Mark released letters as printed (partners).' })
  markLettersPrinted(@Ctx() ctx: Context, @Arg('input') input: LetterIdsInput): Promise<LettersPayload> {
    return moveLetters(ctx, input.letterIds, LetterAction.MARK_PRINTED);
  }

  @Mutation(() => LettersPayload, { description: 'Mark printed letters as handed to the children; sponsors are told (partners).' })
  markLettersDelivered(@Ctx() ctx: Context, @Arg('input') input: LetterIdsInput): Promise<LettersPayload> {
    return moveLetters(ctx, input.letterIds, LetterAction.MARK_DELIVERED);
  }

  @Mutation(() => LetterPayload, { description: "Record a child's reply for staff review (partners)." })
  recordChildReply(@Ctx() ctx: Context, @Arg('input') input: RecordChildReplyInput): Promise<LetterPayload> {
    return recordChildReply(ctx, input);
  }

  @Mutation(() => LetterPayload, { description: 'Open a reply: records when the sponsor first read it (sponsors).' })
  markLetterRead(@Ctx() ctx: Context, @Arg('input') input: LetterIdInput): Promise<LetterPayload> {
    return markLetterRead(ctx, input.letterId);
  }
}
