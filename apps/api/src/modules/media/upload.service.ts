import { randomUUID } from 'node:crypto';
import { IMAGE_LIMITS } from '@portal/images';
import type { Context } from '../../graphql/context';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { notFound } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { isPartner } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { Media, MediaStatus, Upload, UploadBatch, UploadPurpose, UploadStatus } from './media.entity';
import { mediaRuntime } from './media-runtime';

export const ACCEPTED_TYPES: Record<string, string> = {
  'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/tiff': 'TIFF',
  'image/heic': 'HEIC', 'image/heif': 'HEIF', 'application/pdf': 'PDF',
};
export const PUT_EXPIRES_SECONDS = 15 * 60;

const fail = (code: UserErrorCode, message: string, field: string) => [userError(code, message, ['input', field])];

export async function createBatch(ctx: Context, name: string | null): Promise<UploadBatch> {
  if (!isPartner(ctx.viewer)) throw notFound();
  const batch = ctx.db.create(UploadBatch, { id: randomUUID(), name: name?.trim().slice(0, 200) || null, partnerOrganizationId: ctx.viewer.partnerOrganizationId, uploaderId: ctx.viewer.userId });
  return ctx.db.save(batch);
}

export interface CreateUploadInput {
  batchId?: string | null;
  fileName: string;
  folderPath?: string | null;
  contentType: string;
  byteSize: number;
  purpose?: UploadPurpose | null;
}

export interface CreatedUpload {
  upload: Upload | null;
  url: string | null;
  method: string | null;
  headers: Record<string, string> | null;
  expiresAt: Date | null;
  userErrors: UserError[];
}

export type RecordedUpload = { upload: Upload; userErrors: [] } | { upload: null; userErrors: UserError[] };

/** Checks an announced file (partner, name, type, size, batch) and builds its unsaved Upload, AWAITING_FILE. */
export async function recordUpload(ctx: Context, input: CreateUploadInput): Promise<RecordedUpload> {
  const refuse = (code: UserErrorCode, message: string, field: string) => ({ upload: null, userErrors: fail(code, message, field) });
  if (!isPartner(ctx.viewer)) return refuse(UserErrorCode.NOT_ALLOWED, 'Only partners upload photos.', 'fileName');
  const fileName = input.fileName.trim();
  if (!fileName || fileName.length > 255) return refuse(UserErrorCode.INVALID, 'Give the file name (at most 255 characters).', 'fileName');
  const contentType = input.contentType.toLowerCase().trim();
  if (!ACCEPTED_TYPES[contentType]) {
    return refuse(UserErrorCode.INVALID, `"${input.contentType}" files are not accepted; upload JPEG, PNG, WebP, TIFF, HEIC or PDF.`, 'contentType');
  }
  if (!Number.isInteger(input.byteSize) || input.byteSize <= 0) return refuse(UserErrorCode.INVALID, 'The file is empty.', 'byteSize');
  if (input.byteSize > IMAGE_LIMITS.maxInputBytes) {
    const mb = Math.round(IMAGE_LIMITS.maxInputBytes / 1_000_000);
    return refuse(UserErrorCode.INVALID, `The file is larger than ${mb} MB; export it smaller and try again.`, 'byteSize');
  }
  let batchId: string | null = null;
  if (input.batchId) {
    const id = fromGlobalIdOfType(input.batchId, 'UploadBatch');
    const batch = id ? await ctx.loaders.byId.UploadBatch.load(id) : null;
    if (!batch) return refuse(UserErrorCode.INVALID, 'No such batch.', 'batchId');
    batchId = batch.id;
  }
  const id = randomUUID();
  const upload = ctx.db.create(Upload, {
    id, batchId, partnerOrganizationId: ctx.viewer.partnerOrganizationId, uploaderId: ctx.viewer.userId,
    fileName, folderPath: input.folderPath?.trim().slice(0, 500) || null, contentType, byteSize: input.byteSize,
    status: UploadStatus.AWAITING_FILE, purpose: input.purpose ?? UploadPurpose.CHILD_PHOTO, originalKey: `uploads/${id}/original`, candidates: [], multipartUploadId: null,
  });
  return { upload, userErrors: [] };
}

/** Records an upload and returns a presigned PUT (≤ 15 min): the bytes go straight to object storage. */
export async function createUpload(ctx: Context, input: CreateUploadInput): Promise<CreatedUpload> {
  const recorded = await recordUpload(ctx, input);
  if (!recorded.upload) return { upload: null, url: null, method: null, headers: null, expiresAt: null, userErrors: recorded.userErrors };
  const { upload } = recorded;
  await ctx.db.save(upload);
  const presigned = await mediaRuntime(ctx.services).storage.presignPut(upload.originalKey!, { contentType: upload.contentType, maxBytes: upload.byteSize, expiresSeconds: PUT_EXPIRES_SECONDS });
  return { upload, url: presigned.url, method: presigned.method, headers: presigned.headers, expiresAt: new Date(Date.now() + PUT_EXPIRES_SECONDS * 1000), userErrors: [] };
}

export interface UploadPayload {
  upload: Upload | null;
  userErrors: UserError[];
}

/** The upload if the viewer is a partner of the organization that uploaded it. */
export async function ownUpload(ctx: Context, globalId: string): Promise<Upload | null> {
  const id = fromGlobalIdOfType(globalId, 'Upload');
  const upload = id ? await ctx.loaders.byId.Upload.load(id) : null;
  // Staff can read uploads but only the partner who uploaded acts on them.
  return upload && isPartner(ctx.viewer) && upload.partnerOrganizationId === ctx.viewer.partnerOrganizationId ? upload : null;
}

/**
 * After the client's PUT: checks the stored object's size and type (S3 does not enforce what was
 * presigned; a wrong object is deleted), flags a known duplicate by the client's hash, and queues processing.
 */
export async function finalizeUpload(ctx: Context, input: { uploadId: string; sha256?: string | null }): Promise<UploadPayload> {
  const upload = await ownUpload(ctx, input.uploadId);
  if (!upload) return { upload: null, userErrors: fail(UserErrorCode.INVALID, 'No such upload.', 'uploadId') };
  if (upload.status !== UploadStatus.AWAITING_FILE) return { upload, userErrors: [] };
  const runtime = mediaRuntime(ctx.services);
  const stat = await runtime.storage.statObject(upload.originalKey!);
  if (!stat) return { upload, userErrors: fail(UserErrorCode.INVALID, 'The file has not arrived yet; upload it to the URL first.', 'uploadId') };
  if (stat.size !== upload.byteSize || (stat.contentType ?? '').toLowerCase() !== upload.contentType) {
    await runtime.storage.deleteObject(upload.originalKey!);
    return { upload, userErrors: fail(UserErrorCode.INVALID, 'The stored file differs from what was announced (size or type); upload it again.', 'uploadId') };
  }
  const sha = input.sha256?.toLowerCase();
  if (sha && /^[a-f0-9]{64}$/.test(sha)) {
    const earlier = await scopedQuery(ctx.db, ctx.viewer, 'Upload')
      .andWhere('upload.content_hash = :sha AND upload.status IN (:...ok) AND upload.id <> :id', { sha, ok: [UploadStatus.MATCHED, UploadStatus.NEEDS_ATTENTION], id: upload.id })
      .getOne();
    if (earlier) {
      await runtime.storage.deleteObject(upload.originalKey!);
      Object.assign(upload, { status: UploadStatus.DUPLICATE, contentHash: sha, duplicateOfId: earlier.id, originalKey: null, processedAt: new Date(),
        reason: `The same photo as "${earlier.fileName}", uploaded before; it was not stored again.` });
      await ctx.db.save(upload);
      return { upload, userErrors: [] };
    }
  }
  upload.status = UploadStatus.QUEUED;
  await ctx.db.save(upload);
  await runtime.enqueue(upload.id);
  return { upload, userErrors: [] };
}

/** Fixes the child of an upload in one step: only one of the partner's own children. */
export async function assignChild(ctx: Context, input: { uploadId: string; childId: string }): Promise<UploadPayload> {
  const upload = await ownUpload(ctx, input.uploadId);
  if (!upload) return { upload: null, userErrors: fail(UserErrorCode.INVALID, 'No such upload.', 'uploadId') };
  const childId = fromGlobalIdOfType(input.childId, 'Child');
  const child = childId ? await ctx.loaders.byId.Child.load(childId) : null;
  if (!child) return { upload, userErrors: fail(UserErrorCode.INVALID, 'No such child in your projects.', 'childId') };
  const media = upload.mediaId ? await ctx.loaders.byId.Media.load(upload.mediaId) : null;
  if (!media || (media.status !== MediaStatus.NEEDS_ATTENTION && media.status !== MediaStatus.PENDING_REVIEW)) {
    return { upload, userErrors: fail(UserErrorCode.INVALID, 'Only a converted photo that is not reviewed yet can be assigned.', 'uploadId') };
  }
  await ctx.db.transaction(async (em) => {
    await em.update(Media, media.id, { childId: child.id, status: MediaStatus.PENDING_REVIEW, matchConfidence: 1, matchReason: 'Assigned by the partner.', submittedAt: new Date() });
    await em.update(Upload, upload.id, { status: UploadStatus.MATCHED, reason: 'Assigned by the partner.' });
    await audit(ctx, { action: 'media.child_assigned', targetType: 'Media', targetId: media.id, details: { childId: child.id } }, em);
  });
  Object.assign(upload, { status: UploadStatus.MATCHED, reason: 'Assigned by the partner.' });
  return { upload, userErrors: [] };
}

export async function getBatch(ctx: Context, globalId: string): Promise<UploadBatch> {
  const id = fromGlobalIdOfType(globalId, 'UploadBatch');
  const batch = id ? await ctx.loaders.byId.UploadBatch.load(id) : null;
  if (!batch) throw notFound('No upload batch with this ID.');
  return batch;
}

export async function listUploads(ctx: Context, args: ConnectionArgs & { batchId?: string | null; status?: UploadStatus | null }): Promise<ConnectionResult<Upload>> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Upload');
  if (args.batchId !== undefined && args.batchId !== null) qb.andWhere('upload.batch_id = :batchId', { batchId: fromGlobalIdOfType(args.batchId, 'UploadBatch') ?? '00000000-0000-0000-0000-000000000000' });
  if (args.status) qb.andWhere('upload.status = :status', { status: args.status });
  return paginate(qb, args, 'id', (u) => u.id);
}

export interface BatchSummary {
  total: number; awaitingFile: number; queued: number; matched: number; needsAttention: number; failed: number; duplicates: number;
}

export async function batchSummary(ctx: Context, batch: UploadBatch): Promise<BatchSummary> {
  const rows: Array<{ status: UploadStatus; n: string }> = await scopedQuery(ctx.db, ctx.viewer, 'Upload')
    .select('upload.status', 'status').addSelect('COUNT(*)', 'n')
    .andWhere('upload.batch_id = :b', { b: batch.id }).groupBy('upload.status').getRawMany();
  const n = (s: UploadStatus) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return {
    total: rows.reduce((sum, r) => sum + Number(r.n), 0),
    awaitingFile: n(UploadStatus.AWAITING_FILE), queued: n(UploadStatus.QUEUED), matched: n(UploadStatus.MATCHED),
    needsAttention: n(UploadStatus.NEEDS_ATTENTION), failed: n(UploadStatus.FAILED), duplicates: n(UploadStatus.DUPLICATE),
  };
}
