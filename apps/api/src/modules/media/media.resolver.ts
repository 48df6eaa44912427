import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { Child } from '../children/child.entity';
import { ApprovalDecision } from '../approvals/approval.entity';
import { Media, MediaStatus, Upload, UploadBatch, UploadStatus } from './media.entity';
import {
  AssignUploadChildInput, MediaApproveInput, MediaRejectInput, MediaReviewCounts, MediaReviewPayload, UploadBatchCreateInput,
  UploadBatchPayload, UploadBatchSummary, UploadCandidate, UploadCreateInput, UploadCreatePayload, UploadFinalizeInput, UploadPayloadType,
} from './media.inputs';
import * as uploads from './upload.service';
import * as media from './media.service';
import { UploadMultipartResolver } from './upload-multipart.resolver';

@ObjectType()
export class UploadConnection extends Connection(Upload) {}

@ObjectType()
export class MediaConnection extends Connection(Media) {}

@ArgsType()
class UploadsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  batchId?: string | null;

  @Field(() => UploadStatus, { nullable: true, description: 'e.g. NEEDS_ATTENTION for the files to fix.' })
  status?: UploadStatus | null;
}

@ArgsType()
class MediaFeedArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this child.' })
  childId?: string | null;
}

@Resolver(() => UploadBatch)
export class UploadBatchResolver {
  @Query(() => UploadBatch, { nullable: true, description: 'One upload batch; NOT_FOUND when out of reach.' })
  uploadBatch(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<UploadBatch> {
    return uploads.getBatch(ctx, id);
  }

  @Mutation(() => UploadBatchPayload, { description: 'Starts a batch to group uploads (partners).' })
  async uploadBatchCreate(@Ctx() ctx: Context, @Arg('input') input: UploadBatchCreateInput): Promise<UploadBatchPayload> {
    return { batch: await uploads.createBatch(ctx, input.name ?? null), userErrors: [] };
  }

  @FieldResolver(() => UploadBatchSummary)
  summary(@Root() batch: UploadBatch, @Ctx() ctx: Context): Promise<UploadBatchSummary> {
    return uploads.batchSummary(ctx, batch);
  }

  @FieldResolver(() => UploadConnection)
  uploads(@Root() batch: UploadBatch, @Ctx() ctx: Context, @Args() args: UploadsArgs): Promise<ConnectionResult<Upload>> {
    return uploads.listUploads(ctx, { ...args, batchId: batch.globalId });
  }
}

@Resolver(() => Upload)
export class UploadResolver {
  @Query(() => UploadConnection, { description: "Uploads the viewer may see (a partner: its organization's), optionally of one batch or status." })
  uploads(@Ctx() ctx: Context, @Args() args: UploadsArgs): Promise<ConnectionResult<Upload>> {
    return uploads.listUploads(ctx, args);
  }

  @Mutation(() => UploadCreatePayload, { description: 'Announces a file and returns a presigned URL to PUT it to (valid 15 minutes).' })
  uploadCreate(@Ctx() ctx: Context, @Arg('input') input: UploadCreateInput): Promise<UploadCreatePayload> {
    return uploads.createUpload(ctx, input);
  }

  @Mutation(() => UploadPayloadType, { description: 'Reports a file uploaded: checks it and queues conversion and matching.' })
  uploadFinalize(@Ctx() ctx: Context, @Arg('input') input: UploadFinalizeInput): Promise<UploadPayloadType> {
    return uploads.finalizeUpload(ctx, input);
  }

  @Mutation(() => UploadPayloadType, { description: "Sets the child of an upload (one of the partner's own children)." })
  assignUploadChild(@Ctx() ctx: Context, @Arg('input') input: AssignUploadChildInput): Promise<UploadPayloadType> {
    return uploads.assignChild(ctx, input);
  }

  @FieldResolver(() => UploadBatch, { nullable: true })
  batch(@Root() upload: Upload, @Ctx() ctx: Context): Promise<UploadBatch | null> | null {
    return upload.batchId ? ctx.loaders.byId.UploadBatch.load(upload.batchId) : null;
  }

  @FieldResolver(() => Media, { nullable: true, description: 'The converted photo, once processed.' })
  media(@Root() upload: Upload, @Ctx() ctx: Context): Promise<Media | null> | null {
    return upload.mediaId ? ctx.loaders.byId.Media.load(upload.mediaId) : null;
  }

  @FieldResolver(() => [UploadCandidate], { description: 'Children the file may show, best first (for NEEDS_ATTENTION).' })
  candidates(@Root() upload: Upload, @Ctx() ctx: Context): Promise<UploadCandidate[]> {
    return Promise.all(upload.candidates.map(async (c) => ({ child: await ctx.loaders.byId.Child.load(c.childId), confidence: c.confidence, reason: c.reason })));
  }
}

@Resolver(() => Media)
export class MediaResolver {
  @Query(() => MediaConnection, { description: 'Photos waiting for review, oldest first (staff).' })
  mediaReviewQueue(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<Media>> {
    return media.reviewQueue(ctx, args);
  }

  @Query(() => MediaReviewCounts, { description: 'How many photos are in each review state (staff).' })
  async mediaReviewCounts(@Ctx() ctx: Context): Promise<MediaReviewCounts> {
    const c = await media.reviewCounts(ctx);
    return { pendingReview: c.PENDING_REVIEW, needsAttention: c.NEEDS_ATTENTION, approved: c.APPROVED, rejected: c.REJECTED };
  }

  @Query(() => MediaConnection, { description: 'Approved photos, newest first: for a sponsor those of the children they sponsor; for an API token with MEDIA_READ all of them.' })
  mediaFeed(@Ctx() ctx: Context, @Args() args: MediaFeedArgs): Promise<ConnectionResult<Media>> {
    return media.feed(ctx, args);
  }

  @Mutation(() => MediaReviewPayload, { description: 'Approves one or more photos waiting for review.' })
  mediaApprove(@Ctx() ctx: Context, @Arg('input') input: MediaApproveInput): Promise<MediaReviewPayload> {
    return media.decide(ctx, input.mediaIds, ApprovalDecision.APPROVED, null);
  }

  @Mutation(() => MediaReviewPayload, { description: 'Rejects a photo waiting for review, with a reason.' })
  mediaReject(@Ctx() ctx: Context, @Arg('input') input: MediaRejectInput): Promise<MediaReviewPayload> {
    return media.decide(ctx, [input.mediaId], ApprovalDecision.REJECTED, input.reason);
  }

  @FieldResolver(() => Child, { nullable: true })
  child(@Root() m: Media, @Ctx() ctx: Context): Promise<Child | null> | null {
    return m.childId ? ctx.loaders.byId.Child.load(m.childId) : null;
  }

  @FieldResolver(() => String, { description: 'Signed URL of the display WebP (1600 px), valid 5 minutes.' })
  displayUrl(@Root() m: Media, @Ctx() ctx: Context): Promise<string> {
    return media.signedUrl(ctx, m, 'display');
  }

  @FieldResolver(() => String, { description: 'Signed URL of the thumbnail WebP (400 px), valid 5 minutes.' })
  thumbnailUrl(@Root() m: Media, @Ctx() ctx: Context): Promise<string> {
    return media.signedUrl(ctx, m, 'thumbnail');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Signed download URL of a PDF letter (all pages, metadata removed), valid 5 minutes; null for photos.' })
  documentUrl(@Root() m: Media, @Ctx() ctx: Context): Promise<string | null> {
    return media.signedDocumentUrl(ctx, m);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'How sure the matcher was (0..1); partners and staff only.' })
  matchConfidence(@Root() m: Media, @Ctx() ctx: Context): number | null {
    return media.canSeeMatch(ctx) ? m.matchConfidence : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the matcher chose the child; partners and staff only.' })
  matchReason(@Root() m: Media, @Ctx() ctx: Context): string | null {
    return media.canSeeMatch(ctx) ? m.matchReason : null;
  }
}

export const mediaResolvers = [UploadBatchResolver, UploadResolver, MediaResolver, UploadMultipartResolver] as const;
export { MediaStatus };
