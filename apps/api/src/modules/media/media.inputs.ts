import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { UserError } from '../../graphql/user-error';
import { Child } from '../children/child.entity';
import { MediaStatus, Upload, UploadBatch, UploadPurpose } from './media.entity';

@InputType()
export class UploadBatchCreateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType()
export class UploadCreateInput {
  @Field(() => ID, { nullable: true })
  batchId?: string | null;

  @Field()
  fileName: string;

  @Field(() => String, { nullable: true, description: 'Folder the file came from, e.g. "KE-0001 Amani"; helps matching.' })
  folderPath?: string | null;

  @Field({ description: 'image/jpeg, image/png, image/webp, image/tiff, image/heic, image/heif or application/pdf.' })
  contentType: string;

  @Field(() => Float)
  byteSize: number;

  @Field(() => UploadPurpose, { nullable: true, description: "Default CHILD_PHOTO; LETTER_SCAN for the scan of a child's letter (then attach it with recordChildReply)." })
  purpose?: UploadPurpose | null;
}

@InputType()
export class UploadFinalizeInput {
  @Field(() => ID)
  uploadId: string;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the file, if the client computed it; the server computes it anyway.' })
  sha256?: string | null;
}

@InputType()
export class AssignUploadChildInput {
  @Field(() => ID)
  uploadId: string;

  @Field(() => ID)
  childId: string;
}

@InputType()
export class MediaApproveInput {
  @Field(() => [ID], { description: 'One or more photos (at most 100).' })
  mediaIds: string[];
}

@InputType()
export class MediaRejectInput {
  @Field(() => ID)
  mediaId: string;

  @Field()
  reason: string;
}

@ObjectType()
export class UploadBatchPayload {
  @Field(() => UploadBatch, { nullable: true })
  batch: UploadBatch | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UploadCreatePayload {
  @Field(() => Upload, { nullable: true })
  upload: Upload | null;

  @Field(() => String, { nullable: true, description: 'Send the file here with `method` and `headers`.' })
  url: string | null;

  @Field(() => String, { nullable: true })
  method: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  headers: Record<string, string> | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UploadPayloadType {
  @Field(() => Upload, { nullable: true })
  upload: Upload | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class MediaReviewPayload {
  @Field(() => [ID], { description: 'The photos decided (none when there are userErrors: all or nothing).' })
  mediaIds: string[];

  @Field(() => MediaStatus, { nullable: true, description: 'Their new state.' })
  status: MediaStatus | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'How many files of a batch are where.' })
export class UploadBatchSummary {
  @Field(() => Int) total: number;
  @Field(() => Int) awaitingFile: number;
  @Field(() => Int) queued: number;
  @Field(() => Int) matched: number;
  @Field(() => Int) needsAttention: number;
  @Field(() => Int) failed: number;
  @Field(() => Int) duplicates: number;
}

@ObjectType({ description: 'Photos by review state.' })
export class MediaReviewCounts {
  @Field(() => Int) pendingReview: number;
  @Field(() => Int) needsAttention: number;
  @Field(() => Int) approved: number;
  @Field(() => Int) rejected: number;
}

@ObjectType({ description: 'A child a file may show, with how sure the matcher is and why.' })
export class UploadCandidate {
  @Field(() => Child, { nullable: true })
  child: Child | null;

  @Field(() => Float)
  confidence: number;

  @Field()
  reason: string;
}
