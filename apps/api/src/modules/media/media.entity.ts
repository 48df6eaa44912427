import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node } from '../../graphql/node';

export enum UploadStatus {
  AWAITING_FILE = 'AWAITING_FILE',
  QUEUED = 'QUEUED',
  MATCHED = 'MATCHED',
  NEEDS_ATTENTION = 'NEEDS_ATTENTION',
  FAILED = 'FAILED',
  DUPLICATE = 'DUPLICATE',
  EXPIRED = 'EXPIRED',
}
registerEnumType(UploadStatus, {
  name: 'UploadStatus',
  valuesConfig: {
    AWAITING_FILE: { description: 'Created; the file has not been reported uploaded yet.' },
    QUEUED: { description: 'Uploaded and waiting to be converted and matched.' },
    MATCHED: { description: 'Converted and matched to a child; waiting for review.' },
    NEEDS_ATTENTION: { description: 'Converted, but no child could be matched with confidence: assign one.' },
    FAILED: { description: 'Refused; `reason` says why.' },
    DUPLICATE: { description: 'The same file was uploaded before; it was not stored twice.' },
    EXPIRED: { description: 'The file never fully arrived and the upload was given up after a while; upload it again.' },
  },
});

/** What an upload is for: a photo of a child (matched, reviewed, shown in the feed) or the scan of a child's letter. */
export enum UploadPurpose {
  CHILD_PHOTO = 'CHILD_PHOTO',
  LETTER_SCAN = 'LETTER_SCAN',
}
registerEnumType(UploadPurpose, {
  name: 'UploadPurpose',
  valuesConfig: {
    CHILD_PHOTO: { description: 'A photo of a child: matched by file name, reviewed, shown to sponsors in their feed.' },
    LETTER_SCAN: { description: "A scan or photo of a child's letter: stored for the reply it is attached to (letters module), never matched or put in the feed." },
  },
});

export enum MediaStatus {
  NEEDS_ATTENTION = 'NEEDS_ATTENTION',
  PENDING_REVIEW = 'PENDING_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(MediaStatus, { name: 'MediaStatus', description: 'Where a photo is in review.' });

/** A group of uploads sent together by a partner, e.g. one visit's photos. */
@ObjectType({ implements: Node })
@Entity('upload_batch')
export class UploadBatch extends Node {
  @Field({ description: 'When the batch was created.' })
  createdAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Index()
  @Column({ name: 'partner_organization_id', type: 'uuid' })
  partnerOrganizationId: string;

  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId: string;
}

/** A child this file may show, as the matcher saw it. */
export interface StoredCandidate {
  childId: string;
  confidence: number;
  reason: string;
}

/** One file a partner uploads: created before the bytes travel (to the presigned URL), then processed by a job. */
@ObjectType({ implements: Node })
@Entity('upload')
@Index(['partnerOrganizationId', 'contentHash'])
export class Upload extends Node {
  @Field({ description: 'When the upload was created.' })
  createdAt: Date;

  @Index()
  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId: string | null;

  @Index()
  @Column({ name: 'partner_organization_id', type: 'uuid' })
  partnerOrganizationId: string;

  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId: string;

  @Field()
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'folder_path', type: 'varchar', length: 500, nullable: true })
  folderPath: string | null;

  @Field()
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Float, { description: 'Size in bytes, as declared when the upload was created.' })
  @Column({ name: 'byte_size', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  byteSize: number;

  @Field(() => UploadStatus)
  @Index()
  @Column({ type: 'varchar', length: 20 })
  status: UploadStatus;

  @Field(() => UploadPurpose)
  @Column({ type: 'varchar', length: 20, default: UploadPurpose.CHILD_PHOTO })
  purpose: UploadPurpose;

  @Field(() => String, { nullable: true, description: 'Why it failed, is a duplicate, or how it was matched.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Where the original is stored; null once deleted after the retention period. */
  @Column({ name: 'original_key', type: 'varchar', length: 300, nullable: true })
  originalKey: string | null;

  @Column({ name: 'content_hash', type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  /** The object storage's multipart upload id while a large file arrives in parts; null otherwise. */
  @Column({ name: 'multipart_upload_id', type: 'varchar', length: 200, nullable: true })
  multipartUploadId: string | null;

  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @Column({ name: 'media_id', type: 'uuid', nullable: true })
  mediaId: string | null;

  @Column({ type: 'jsonb', default: [] })
  candidates: StoredCandidate[];

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}

/** A converted photo or PDF letter of a child: display and thumbnail WebPs without metadata (a PDF also its cleaned copy), and its review state. */
@ObjectType({ implements: Node })
@Entity('media')
@Index(['status', 'submittedAt'])
export class Media extends Node {
  @Index()
  @Column({ name: 'child_id', type: 'uuid', nullable: true })
  childId: string | null;

  @Column({ name: 'upload_id', type: 'uuid' })
  uploadId: string;

  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId: string;

  @Index()
  @Column({ name: 'partner_organization_id', type: 'uuid' })
  partnerOrganizationId: string;

  @Field(() => MediaStatus)
  @Column({ type: 'varchar', length: 20 })
  status: MediaStatus;

  @Column({ name: 'match_confidence', type: 'real', nullable: true })
  matchConfidence: number | null;

  @Column({ name: 'match_reason', type: 'text', nullable: true })
  matchReason: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  width: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  height: number;

  @Column({ name: 'display_key', type: 'varchar', length: 300 })
  displayKey: string;

  @Field(() => Int)
  @Column({ name: 'display_bytes', type: 'int' })
  displayBytes: number;

  @Column({ name: 'thumbnail_key', type: 'varchar', length: 300 })
  thumbnailKey: string;

  @Field(() => Int)
  @Column({ name: 'thumbnail_bytes', type: 'int' })
  thumbnailBytes: number;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  /** A PDF letter as sponsors may download it (all pages, metadata removed); null for photos. */
  @Column({ name: 'document_key', type: 'varchar', length: 300, nullable: true })
  documentKey: string | null;

  @Field(() => Int, { nullable: true, description: 'Size of the downloadable PDF in bytes; null for photos.' })
  @Column({ name: 'document_bytes', type: 'int', nullable: true })
  documentBytes: number | null;

  @Field(() => Int, { nullable: true, description: 'Pages of a PDF letter (display and thumbnail show page 1); null for photos.' })
  @Column({ name: 'page_count', type: 'int', nullable: true })
  pageCount: number | null;

  // Millisecond precision: these are keyset cursors (ISO timestamps) of the review queue and the feed.
  @Field({ description: 'When it entered review (or was converted).' })
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  @Index()
  @Column({ name: 'approved_at', type: 'timestamptz', precision: 3, nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId: string | null;

  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason: string | null;
}
