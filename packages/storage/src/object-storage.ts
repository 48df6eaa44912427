import type { Readable } from 'node:stream';

/** What the portal needs from object storage; S3/MinIO in production, local files when embedded. */
export interface ObjectStorage {
  /** Give `size` with a stream: S3 then takes it in one request instead of a multipart upload. */
  putObject(key: string, body: Buffer | Readable, options: PutOptions): Promise<void>;
  /** Rejects with ObjectNotFoundError when the key does not exist. */
  getObject(key: string): Promise<Readable>;
  statObject(key: string): Promise<ObjectStat | null>;
  /** Idempotent: deleting a missing key succeeds. */
  deleteObject(key: string): Promise<void>;
  /** A URL the browser PUTs the file to directly, sending `headers`. */
  presignPut(key: string, options: PresignPutOptions): Promise<PresignedRequest>;
  presignGet(key: string, options: PresignGetOptions): Promise<string>;
  /** Every object under a prefix, in key order. */
  listObjects(prefix: string): AsyncIterable<ObjectListing>;

  /** Resumable upload of a large file: the browser PUTs numbered parts to presigned URLs. */
  createMultipartUpload(key: string, options: { contentType: string }): Promise<{ uploadId: string }>;
  presignUploadPart(key: string, uploadId: string, partNumber: number, options: PresignPartOptions): Promise<PresignedRequest>;
  /** Parts already received, so a client resuming after a drop resends only the missing ones. */
  listUploadedParts(key: string, uploadId: string): Promise<UploadedPart[]>;
  /**
   * Joins the parts in part-number order into the object: the ones given (etags from the part
   * PUT responses), or when omitted every part listUploadedParts returns.
   */
  completeMultipartUpload(key: string, uploadId: string, parts?: CompletedPart[]): Promise<{ etag: string }>;
  abortMultipartUpload(key: string, uploadId: string): Promise<void>;
}

export type PutOptions = { contentType: string; size?: number };
export type ObjectStat = { size: number; contentType: string; etag: string };
export type ObjectListing = { key: string; size: number };
export type UploadedPart = { partNumber: number; etag: string; size: number };
export type CompletedPart = { partNumber: number; etag: string };
export type PresignedRequest = { url: string; method: 'PUT'; headers: Record<string, string> };

export type PresignPutOptions = { contentType: string; maxBytes: number; expiresSeconds: number };
export type PresignGetOptions = { expiresSeconds: number; downloadName?: string };
export type PresignPartOptions = { maxBytes: number; expiresSeconds: number };

/** Upload links are short-lived: a leaked URL must stop working within minutes. */
export const MAX_PRESIGN_SECONDS = 900;

/** Thrown by getObject for a key that does not exist. */
export class ObjectNotFoundError extends Error {
  readonly code = 'OBJECT_NOT_FOUND';
  constructor(readonly key: string) {
    super(`No object at key "${key}"`);
    this.name = 'ObjectNotFoundError';
  }
}

export function assertExpiry(expiresSeconds: number): void {
  if (!Number.isInteger(expiresSeconds) || expiresSeconds < 1 || expiresSeconds > MAX_PRESIGN_SECONDS) {
    throw new RangeError(`expiresSeconds must be an integer from 1 to ${MAX_PRESIGN_SECONDS}, got ${expiresSeconds}`);
  }
}

export function assertPartNumber(partNumber: number): void {
  // S3's own bounds; the local adapter keeps them so clients behave the same against both.
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) {
    throw new RangeError(`partNumber must be an integer from 1 to 10000, got ${partNumber}`);
  }
}

/** `attachment; filename=…` that survives non-ASCII names (RFC 6266 / 5987). */
export function contentDisposition(downloadName: string): string {
  const ascii = downloadName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(downloadName)}`;
}
