import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, paginateArray, type ConnectionResult } from '../../graphql/connection';
import { badUserInput } from '../../graphql/errors';
import { isStaff } from '../../auth/viewer';
import { Approval } from '../approvals/approval.entity';
import { ApprovalConnection } from '../approvals/approval.resolver';
import { Child } from '../children/child.entity';
import { User } from '../users/user.entity';
import { Letter } from './letter.entity';
import { LetterDirection, LetterStatus } from './letter-state';
import { letterTimeline } from './letter-timeline';
import { LetterConnection, LetterQueueConnection, LetterStationery, LetterTimelineStep, PrintQueueGroup, SafeguardingFlag } from './letter.types';
import { STATIONERY } from './stationery';
import { LetterAttachment } from './letter-photo.entity';
import { photosOf } from './letter-photos';
import { mediaRuntime } from '../media/media-runtime';
import { getLetter, listLetters, MAX_BODY, screen } from './letter.service';
import { reviewQueue } from './letter-review.service';
import { printQueue, printQueueLetters } from './letter-delivery.service';

@ArgsType()
class LettersArgs extends ConnectionArgs {
  @Field(() => LetterDirection, { nullable: true })
  direction?: LetterDirection | null;

  @Field(() => [LetterStatus], { nullable: true, description: 'Only letters in one of these states.' })
  status?: LetterStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only letters to or from this child.' })
  childId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the letters written together (Letter.groupId).' })
  groupId?: string | null;
}

@ArgsType()
class ReviewQueueArgs extends ConnectionArgs {
  @Field(() => LetterStatus, { nullable: true, description: 'Default SUBMITTED (waiting for review).' })
  status?: LetterStatus | null;

  @Field(() => LetterDirection, { nullable: true })
  direction?: LetterDirection | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only letters with (true) or without (false) safeguarding flags.' })
  flagged?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only letters submitted more than this many days ago.' })
  olderThanDays?: number | null;
}

const canSeeFlags = (ctx: Context, l: Letter): boolean => isStaff(ctx.viewer) || ctx.viewer?.userId === l.authorId;

@Resolver(() => Letter)
export class LetterResolver {
  @Query(() => LetterConnection, { description: 'Letters the viewer may see, newest first.' })
  letters(@Ctx() ctx: Context, @Args() args: LettersArgs): Promise<ConnectionResult<Letter>> {
    return listLetters(ctx, args);
  }

  @Query(() => Letter, { nullable: true, description: 'One letter by global ID; NOT_FOUND when out of reach.' })
  letter(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Letter> {
    return getLetter(ctx, id);
  }

  @Query(() => LetterQueueConnection, { description: 'Letters waiting for staff review, oldest first (staff).' })
  letterReviewQueue(@Ctx() ctx: Context, @Args() args: ReviewQueueArgs): Promise<ConnectionResult<Letter>> {
    return reviewQueue(ctx, args);
  }

  @Query(() => [PrintQueueGroup], { description: "Released letters to print (or to hand over) for the partner's children, by project." })
  printQueue(
    @Ctx() ctx: Context,
    @Arg('status', () => LetterStatus, { defaultValue: LetterStatus.APPROVED, description: 'APPROVED: to print; PRINTED: to hand over.' }) status: LetterStatus,
  ): Promise<PrintQueueGroup[]> {
    return printQueue(ctx, status);
  }

  @Query(() => [SafeguardingFlag], { description: 'Runs the safeguarding check on a text while it is written (nothing is saved).' })
  screenLetterText(@Arg('text') text: string, @Arg('language', () => String, { defaultValue: 'en' }) language: string): SafeguardingFlag[] {
    if (text.length > MAX_BODY) throw badUserInput(`Keep the text under ${MAX_BODY} characters.`, 'text');
    return screen(text, language);
  }

  @Query(() => [LetterStationery], { description: 'The stationery a sponsor may choose when writing.' })
  letterStationery(): LetterStationery[] {
    return STATIONERY.map((s) => ({ ...s }));
  }

  @FieldResolver(() => Child, { nullable: true })
  child(@Root() l: Letter, @Ctx() ctx: Context): Promise<Child | null> {
    return ctx.loaders.byId.Child.load(l.childId);
  }

  @FieldResolver(() => String, { description: "The sponsor's first name, the one detail of a sponsor a partner may know." })
  async sponsorFirstName(@Root() l: Letter, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.sponsorFirstNameById.load(l.sponsorId)) ?? '';
  }

  @FieldResolver(() => User, { nullable: true, description: 'The sponsor: for staff and the sponsor themself; null for partners.' })
  sponsor(@Root() l: Letter, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId.User.load(l.sponsorId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote or recorded it, when the viewer may see that person.' })
  author(@Root() l: Letter, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId.User.load(l.authorId);
  }

  @FieldResolver(() => Letter, { nullable: true, description: 'The letter this one answers.' })
  inReplyTo(@Root() l: Letter, @Ctx() ctx: Context): Promise<Letter | null> {
    return l.inReplyToId ? ctx.loaders.byId.Letter.load(l.inReplyToId) : Promise.resolve(null);
  }

  @FieldResolver(() => [LetterAttachment], { description: 'Photos attached by the writer (at most 3), oldest first.' })
  photos(@Root() l: Letter, @Ctx() ctx: Context): Promise<LetterAttachment[]> {
    // The letter was read through the viewer's scope, so its photos are theirs to see.
    return photosOf(ctx.db, [l.id]);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Shared by the letters written together to several children.' })
  groupId(@Root() l: Letter): string | null {
    return l.groupId;
  }

  @FieldResolver(() => [SafeguardingFlag], { description: 'What the safeguarding check found at the last save (staff and the writer).' })
  safeguardingFlags(@Root() l: Letter, @Ctx() ctx: Context): SafeguardingFlag[] {
    return canSeeFlags(ctx, l) ? l.flags : [];
  }

  @FieldResolver(() => Boolean)
  flagged(@Root() l: Letter, @Ctx() ctx: Context): boolean {
    return canSeeFlags(ctx, l) && l.flags.length > 0;
  }

  @FieldResolver(() => String, { nullable: true, description: "The reviewer's reason, while the letter is sent back or rejected." })
  async changeReason(@Root() l: Letter, @Ctx() ctx: Context): Promise<string | null> {
    if (l.status !== LetterStatus.CHANGES_REQUESTED && l.status !== LetterStatus.REJECTED) return null;
    return (await ctx.loaders.approvalsBySubjectId.load(l.id)).at(-1)?.reason ?? null;
  }

  @FieldResolver(() => [LetterTimelineStep], { description: 'The steps of the letter, for the sponsor.' })
  async timeline(@Root() l: Letter, @Ctx() ctx: Context): Promise<LetterTimelineStep[]> {
    const [child, approvals] = await Promise.all([ctx.loaders.byId.Child.load(l.childId), ctx.loaders.approvalsBySubjectId.load(l.id)]);
    const last = approvals.at(-1);
    return letterTimeline({ ...l, childFirstName: child?.firstName ?? 'your child', latestDecision: last ? { at: last.createdAt, reason: last.reason } : null });
  }

  @FieldResolver(() => ApprovalConnection, { description: 'Review decisions on this letter, oldest first (newest last).' })
  async approvals(@Root() l: Letter, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<Approval>> {
    return paginateArray(await ctx.loaders.approvalsBySubjectId.load(l.id), args, (a) => a.createdAt.toISOString());
  }
}

@Resolver(() => PrintQueueGroup)
export class PrintQueueGroupResolver {
  @FieldResolver(() => LetterConnection)
  letters(@Root() group: PrintQueueGroup, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<Letter>> {
    return printQueueLetters(ctx, group, args);
  }
}

@Resolver(() => LetterAttachment)
export class LetterAttachmentResolver {
  @FieldResolver(() => String, { description: 'A signed link to the photo, valid for 5 minutes.' })
  url(@Root() p: LetterAttachment, @Ctx() ctx: Context): Promise<string> {
    return mediaRuntime(ctx.services).storage.presignGet(p.storageKey, { expiresSeconds: 300 });
  }
}
