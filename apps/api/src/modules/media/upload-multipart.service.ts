import type { Context } from '../../graphql/context';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { Upload, UploadStatus } from './media.entity';
import { mediaRuntime } from './media-runtime';
import { finalizeUpload, ownUpload, PUT_EXPIRES_SECONDS, recordUpload, type CreateUploadInput, type UploadPayload } from './upload.service';

/**
 * S3's minimum for every part but the last, and small enough that a dropped connection on a slow
 * line loses little: a finished part is never sent again.
 */
export const PART_BYTES = 5 * 1024 * 1024;
const MAX_PARTS_PER_REQUEST = 100;

const fail = (code: UserErrorCode, message: string, field: string) => [userError(code, message, ['input', field])];

export interface MultipartStart {
  upload: Upload | null;
  partBytes: number | null;
  partCount: number | null;
  userErrors: UserError[];
}

export const partCountOf = (upload: Upload): number => Math.ceil(upload.byteSize / PART_BYTES);

/** Announces a large file sent in parts: records the Upload and opens a multipart upload in object storage. */
export async function startMultipartUpload(ctx: Context, input: CreateUploadInput): Promise<MultipartStart> {
  const recorded = await recordUpload(ctx, input);
  if (!recorded.upload) return { upload: null, partBytes: null, partCount: null, userErrors: recorded.userErrors };
  const { upload } = recorded;
  const { uploadId } = await mediaRuntime(ctx.services).storage.createMultipartUpload(upload.originalKey!, { contentType: upload.contentType });
  upload.multipartUploadId = uploadId;
  await ctx.db.save(upload);
  return { upload, partBytes: PART_BYTES, partCount: partCountOf(upload), userErrors: [] };
}

export interface PresignedPart {
  partNumber: number;
  url: string;
  method: string;
  headers: Record<string, string>;
}

export interface PartUrlsPayload {
  parts: PresignedPart[];
  expiresAt: Date | null;
  userErrors: UserError[];
}

/** The open multipart upload of one of the viewer organization's uploads, or why there is none. */
async function openMultipart(ctx: Context, globalId: string): Promise<{ upload: Upload; userErrors: [] } | { upload: Upload | null; userErrors: UserError[] }> {
  const upload = await ownUpload(ctx, globalId);
  if (!upload) return { upload: null, userErrors: fail(UserErrorCode.INVALID, 'No such upload.', 'uploadId') };
  if (upload.status !== UploadStatus.AWAITING_FILE || !upload.multipartUploadId) {
    return { upload, userErrors: fail(UserErrorCode.ILLEGAL_TRANSITION, 'This upload is not waiting for parts.', 'uploadId') };
  }
  return { upload, userErrors: [] };
}

/** Presigned PUTs (≤ 15 min) for the asked parts; a resuming client asks only for the parts not received. */
export async function presignParts(ctx: Context, input: { uploadId: string; partNumbers: number[] }): Promise<PartUrlsPayload> {
  const open = await openMultipart(ctx, input.uploadId);
  if (open.userErrors.length || !open.upload) return { parts: [], expiresAt: null, userErrors: open.userErrors };
  const { upload } = open;
  const count = partCountOf(upload);
  const numbers = [...new Set(input.partNumbers)];
  if (numbers.length === 0 || numbers.length > MAX_PARTS_PER_REQUEST || numbers.some((n) => !Number.isInteger(n) || n < 1 || n > count)) {
    return { parts: [], expiresAt: null, userErrors: fail(UserErrorCode.INVALID, `Ask for 1 to ${MAX_PARTS_PER_REQUEST} parts numbered from 1 to ${count}.`, 'partNumbers') };
  }
  const storage = mediaRuntime(ctx.services).storage;
  const parts: PresignedPart[] = [];
  for (const n of numbers.sort((a, b) => a - b)) {
    // The last part holds the rest; every part is refused past its own size.
    const maxBytes = n < count ? PART_BYTES : upload.byteSize - (count - 1) * PART_BYTES;
    const signed = await storage.presignUploadPart(upload.originalKey!, upload.multipartUploadId!, n, { maxBytes, expiresSeconds: PUT_EXPIRES_SECONDS });
    parts.push({ partNumber: n, url: signed.url, method: signed.method, headers: signed.headers });
  }
  return { parts, expiresAt: new Date(Date.now() + PUT_EXPIRES_SECONDS * 1000), userErrors: [] };
}

export interface ReceivedPart {
  partNumber: number;
  size: number;
}

/** Parts object storage holds for an open multipart upload (null when none is open); lets a client resume. */
export async function receivedParts(ctx: Context, upload: Upload): Promise<ReceivedPart[] | null> {
  if (upload.status !== UploadStatus.AWAITING_FILE || !upload.multipartUploadId) return null;
  const parts = await mediaRuntime(ctx.services).storage.listUploadedParts(upload.originalKey!, upload.multipartUploadId);
  return parts.map((p) => ({ partNumber: p.partNumber, size: p.size }));
}

/**
 * Joins the received parts into the original, then finalizes as for a single PUT (size and type
 * checked, duplicate flagged, processing queued). Missing parts are named so the client sends them.
 */
export async function completeMultipartUpload(
  ctx: Context,
  input: { uploadId: string; sha256?: string | null; parts?: Array<{ partNumber: number; etag: string }> | null },
): Promise<UploadPayload> {
  const open = await openMultipart(ctx, input.uploadId);
  if (open.userErrors.length || !open.upload) return { upload: open.upload, userErrors: open.userErrors };
  const { upload } = open;
  const storage = mediaRuntime(ctx.services).storage;
  const count = partCountOf(upload);
  // Some S3-compatible servers cannot list parts; their clients send the etags they kept.
  const have = input.parts?.length ? input.parts.map((p) => p.partNumber) : (await storage.listUploadedParts(upload.originalKey!, upload.multipartUploadId!)).map((p) => p.partNumber);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !have.includes(n));
  if (missing.length) {
    return { upload, userErrors: fail(UserErrorCode.INVALID, `Parts ${missing.join(', ')} of ${count} have not arrived; send them and complete again.`, 'uploadId') };
  }
  try {
    await storage.completeMultipartUpload(upload.originalKey!, upload.multipartUploadId!, input.parts?.length ? input.parts : undefined);
  } catch (err) {
    ctx.log.warn({ err, upload: upload.id }, 'multipart completion refused');
    return { upload, userErrors: fail(UserErrorCode.INVALID, 'The parts could not be joined (a part differs from what was received); upload the file again.', 'uploadId') };
  }
  await ctx.db.update(Upload, upload.id, { multipartUploadId: null });
  upload.multipartUploadId = null;
  ctx.loaders.byId.Upload.clear(upload.id).prime(upload.id, upload);
  return finalizeUpload(ctx, { uploadId: input.uploadId, sha256: input.sha256 });
}

/** Gives up a large file: object storage drops the parts; the upload is FAILED with that reason. */
export async function abortMultipartUpload(ctx: Context, input: { uploadId: string }): Promise<UploadPayload> {
  const open = await openMultipart(ctx, input.uploadId);
  if (open.userErrors.length || !open.upload) return { upload: open.upload, userErrors: open.userErrors };
  const { upload } = open;
  await mediaRuntime(ctx.services).storage.abortMultipartUpload(upload.originalKey!, upload.multipartUploadId!);
  const changes = { status: UploadStatus.FAILED, reason: 'Cancelled by the uploader.', multipartUploadId: null, originalKey: null, processedAt: new Date() };
  await ctx.db.update(Upload, upload.id, changes);
  Object.assign(upload, changes);
  return { upload, userErrors: [] };
}
