import { Client } from 'minio';
import type { Readable } from 'node:stream';
import { assertSafeKey, assertSafePrefix } from './object-key';
import {
  assertExpiry, assertPartNumber, contentDisposition, ObjectNotFoundError,
  type ObjectListing, type ObjectStat, type ObjectStorage, type PresignedRequest, type PresignGetOptions,
  type PresignPartOptions, type PresignPutOptions, type UploadedPart, type CompletedPart, type PutOptions,
} from './object-storage';

export type S3ObjectStorageOptions = {
  endpoint: string;
  port?: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
  bucket: string;
  region: string;
  /** true for MinIO and most self-hosted servers (`host/bucket/key`); false for virtual-hosted AWS buckets. */
  pathStyle: boolean;
};

// The client's ListParts is `protected` in its typings but stable since 7.x; it is what resumability needs.
type WithListParts = { listParts(bucket: string, key: string, uploadId: string): Promise<Array<{ part: number; etag: string; size: number }>> };

/**
 * Objects in an S3-compatible bucket through the minio client (MinIO in production, any S3 API).
 * A presigned PUT signs only the host: size and content type are not enforced by S3 here, so the
 * caller checks statObject() after the browser reports the upload done.
 */
export class S3ObjectStorage implements ObjectStorage {
  readonly client: Client;
  private readonly bucket: string;

  constructor(options: S3ObjectStorageOptions) {
    this.bucket = options.bucket;
    this.client = new Client({
      endPoint: options.endpoint,
      port: options.port,
      useSSL: options.useSSL,
      accessKey: options.accessKey,
      secretKey: options.secretKey,
      region: options.region,
      pathStyle: options.pathStyle,
    });
  }

  /** Creates the bucket when missing; for development and tests, production buckets are provisioned. */
  async ensureBucket(): Promise<void> {
    if (!(await this.client.bucketExists(this.bucket))) await this.client.makeBucket(this.bucket);
  }

  async putObject(key: string, body: Buffer | Readable, { contentType, size }: PutOptions): Promise<void> {
    assertSafeKey(key);
    await this.client.putObject(this.bucket, key, body, Buffer.isBuffer(body) ? body.length : size, { 'Content-Type': contentType });
  }

  async getObject(key: string): Promise<Readable> {
    assertSafeKey(key);
    try {
      return await this.client.getObject(this.bucket, key);
    } catch (error) {
      if (isNotFound(error)) throw new ObjectNotFoundError(key);
      throw error;
    }
  }

  async statObject(key: string): Promise<ObjectStat | null> {
    assertSafeKey(key);
    try {
      const info = await this.client.statObject(this.bucket, key);
      const contentType = String(info.metaData['content-type'] ?? 'application/octet-stream');
      return { size: info.size, contentType, etag: info.etag };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async deleteObject(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.removeObject(this.bucket, key);
  }

  async presignPut(key: string, { contentType, expiresSeconds }: PresignPutOptions): Promise<PresignedRequest> {
    assertSafeKey(key);
    assertExpiry(expiresSeconds);
    const url = await this.client.presignedUrl('PUT', this.bucket, key, expiresSeconds);
    return { url, method: 'PUT', headers: { 'Content-Type': contentType } };
  }

  async presignGet(key: string, { expiresSeconds, downloadName }: PresignGetOptions): Promise<string> {
    assertSafeKey(key);
    assertExpiry(expiresSeconds);
    const response: Record<string, string> = downloadName ? { 'response-content-disposition': contentDisposition(downloadName) } : {};
    return this.client.presignedGetObject(this.bucket, key, expiresSeconds, response);
  }

  async *listObjects(prefix: string): AsyncIterable<ObjectListing> {
    assertSafePrefix(prefix);
    for await (const item of this.client.listObjectsV2(this.bucket, prefix, true)) {
      if (item.name) yield { key: item.name, size: item.size };
    }
  }

  async createMultipartUpload(key: string, { contentType }: { contentType: string }): Promise<{ uploadId: string }> {
    assertSafeKey(key);
    return { uploadId: await this.client.initiateNewMultipartUpload(this.bucket, key, { 'Content-Type': contentType }) };
  }

  async presignUploadPart(key: string, uploadId: string, partNumber: number, { expiresSeconds }: PresignPartOptions): Promise<PresignedRequest> {
    assertSafeKey(key);
    assertPartNumber(partNumber);
    assertExpiry(expiresSeconds);
    const url = await this.client.presignedUrl('PUT', this.bucket, key, expiresSeconds, { partNumber: String(partNumber), uploadId });
    return { url, method: 'PUT', headers: {} };
  }

  async listUploadedParts(key: string, uploadId: string): Promise<UploadedPart[]> {
    assertSafeKey(key);
    const parts = await (this.client as unknown as WithListParts).listParts(this.bucket, key, uploadId);
    return parts.map((p) => ({ partNumber: p.part, etag: p.etag.replace(/"/g, ''), size: p.size })).sort((a, b) => a.partNumber - b.partNumber);
  }

  async completeMultipartUpload(key: string, uploadId: string, parts?: CompletedPart[]): Promise<{ etag: string }> {
    assertSafeKey(key);
    parts ??= await this.listUploadedParts(key, uploadId);
    parts = [...parts].sort((a, b) => a.partNumber - b.partNumber);
    const { etag } = await this.client.completeMultipartUpload(this.bucket, key, uploadId, parts.map((p) => ({ part: p.partNumber, etag: p.etag.replace(/"/g, '') })));
    return { etag };
  }

  async abortMultipartUpload(key: string, uploadId: string): Promise<void> {
    assertSafeKey(key);
    await this.client.abortMultipartUpload(this.bucket, key, uploadId);
  }
}

const isNotFound = (error: unknown) => ['NotFound', 'NoSuchKey'].includes((error as { code?: string })?.code ?? '');
