import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../../graphql/context';
import { UserError } from '../../graphql/user-error';
import { Upload } from './media.entity';
import { UploadCreateInput, UploadPayloadType } from './media.inputs';
import * as multipart from './upload-multipart.service';

@InputType()
export class UploadPartUrlsInput {
  @Field(() => ID)
  uploadId: string;

  @Field(() => [Int], { description: 'Part numbers from 1; at most 100 per request.' })
  partNumbers: number[];
}

@InputType()
export class UploadCompletedPartInput {
  @Field(() => Int)
  partNumber: number;

  @Field({ description: 'The ETag header of the part PUT response.' })
  etag: string;
}

@InputType()
export class UploadMultipartCompleteInput {
  @Field(() => ID)
  uploadId: string;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the whole file, if the client computed it.' })
  sha256?: string | null;

  @Field(() => [UploadCompletedPartInput], { nullable: true, description: 'Only for storage that cannot list parts; otherwise the received parts are used.' })
  parts?: UploadCompletedPartInput[] | null;
}

@InputType()
export class UploadMultipartAbortInput {
  @Field(() => ID)
  uploadId: string;
}

@ObjectType()
export class UploadMultipartCreatePayload {
  @Field(() => Upload, { nullable: true })
  upload: Upload | null;

  @Field(() => Int, { nullable: true, description: 'Bytes in every part but the last.' })
  partBytes: number | null;

  @Field(() => Int, { nullable: true })
  partCount: number | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'Where to PUT one part of a large file.' })
export class UploadPartUrl {
  @Field(() => Int) partNumber: number;
  @Field() url: string;
  @Field() method: string;
  @Field(() => GraphQLJSONObject) headers: Record<string, string>;
}

@ObjectType()
export class UploadPartUrlsPayload {
  @Field(() => [UploadPartUrl])
  parts: UploadPartUrl[];

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'A part of a large file that object storage has received.' })
export class UploadReceivedPart {
  @Field(() => Int) partNumber: number;
  @Field(() => Int) size: number;
}

/** Large files (multi-page scans, PDFs) in parts that survive a dropped connection. */
@Resolver(() => Upload)
export class UploadMultipartResolver {
  @Mutation(() => UploadMultipartCreatePayload, { description: 'Announces a large file to send in parts (resumable); then ask uploadPartUrls.' })
  uploadMultipartCreate(@Ctx() ctx: Context, @Arg('input') input: UploadCreateInput): Promise<UploadMultipartCreatePayload> {
    return multipart.startMultipartUpload(ctx, input);
  }

  @Mutation(() => UploadPartUrlsPayload, { description: 'Presigned PUT URLs (15 minutes) for parts of a multipart upload.' })
  uploadPartUrls(@Ctx() ctx: Context, @Arg('input') input: UploadPartUrlsInput): Promise<UploadPartUrlsPayload> {
    return multipart.presignParts(ctx, input);
  }

  @Mutation(() => UploadPayloadType, { description: 'Joins the parts and queues conversion and matching, as uploadFinalize does.' })
  uploadMultipartComplete(@Ctx() ctx: Context, @Arg('input') input: UploadMultipartCompleteInput): Promise<UploadPayloadType> {
    return multipart.completeMultipartUpload(ctx, input);
  }

  @Mutation(() => UploadPayloadType, { description: 'Gives up a multipart upload; its parts are deleted.' })
  uploadMultipartAbort(@Ctx() ctx: Context, @Arg('input') input: UploadMultipartAbortInput): Promise<UploadPayloadType> {
    return multipart.abortMultipartUpload(ctx, input);
  }

  @FieldResolver(() => [UploadReceivedPart], { nullable: true, description: 'Parts already received while a multipart upload is open: resume by sending only the others.' })
  receivedParts(@Root() upload: Upload, @Ctx() ctx: Context): Promise<UploadReceivedPart[] | null> {
    return multipart.receivedParts(ctx, upload);
  }
}
