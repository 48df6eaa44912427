import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { encodeKeyPath, signGrant, verifyGrant, type GrantCheck, type LocalGrant } from './local-signature';
import { assertSafeKey, assertSafePrefix } from './object-key';
import {
  assertExpiry, assertPartNumber, ObjectNotFoundError,
  type ObjectListing, type ObjectStat, type ObjectStorage, type PresignedRequest, type PresignGetOptions,
  type PresignPartOptions, type PresignPutOptions, type UploadedPart, type CompletedPart, type PutOptions,
} from './object-storage';

export type LocalObjectStorageOptions = {
  /** Directory holding objects/, meta/, uploads/ and tmp/. */
  rootDir: string;
  /** Origin the browser reaches the portal at, e.g. `http://localhost:4000`; URLs are `${publicBaseUrl}/storage/…`. */
  publicBaseUrl: string;
  /** HMAC key for presigned URLs; at least 32 characters. */
  secret: string;
  /** Milliseconds clock, replaceable in tests. */
  now?: () => number;
};

/** Thrown while receiving an upload that grew past its signed size limit. */
export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Upload exceeds ${maxBytes} bytes`);
    this.name = 'UploadTooLargeError';
  }
}

type ObjectMeta = { contentType: string; etag: string };
type UploadMeta = { key: string; contentType: string };

const UPLOAD_ID = /^[a-f0-9]{32}$/;

/**
 * Objects as files under one directory, for the embedded default. Presigned URLs are real:
 * HMAC-signed and served by createLocalStorageHandler, so the browser code is the same as with S3.
 * Two keys where one is a folder of the other (`a` and `a/b`) cannot coexist here, unlike S3.
 */
export class LocalObjectStorage implements ObjectStorage {
  private readonly now: () => number;

  constructor(private readonly options: LocalObjectStorageOptions) {
    if (options.secret.length < 32) throw new Error('LocalObjectStorage secret must be at least 32 characters');
    this.now = options.now ?? Date.now;
  }

  async putObject(key: string, body: Buffer | Readable, { contentType, size }: PutOptions): Promise<void> {
    assertSafeKey(key);
    await this.receive(this.objectPath(key), Buffer.isBuffer(body) ? Readable.from([body]) : body, size ?? Infinity, async (etag, received) => {
      if (size !== undefined && received !== size) throw new Error(`Expected ${size} bytes for ${key}, got ${received}`);
      await this.writeJson(this.metaPath(key), { contentType, etag } satisfies ObjectMeta);
    });
  }

  async getObject(key: string): Promise<Readable> {
    if (!(await this.statObject(key))) throw new ObjectNotFoundError(key);
    return createReadStream(this.objectPath(key));
  }

  async statObject(key: string): Promise<ObjectStat | null> {
    assertSafeKey(key);
    try {
      const [file, meta] = await Promise.all([stat(this.objectPath(key)), this.readJson<ObjectMeta>(this.metaPath(key))]);
      return file.isFile() ? { size: file.size, contentType: meta.contentType, etag: meta.etag } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async deleteObject(key: string): Promise<void> {
    assertSafeKey(key);
    await rm(this.objectPath(key), { force: true });
    await rm(this.metaPath(key), { force: true });
  }

  async presignPut(key: string, { contentType, maxBytes, expiresSeconds }: PresignPutOptions): Promise<PresignedRequest> {
    assertSafeKey(key);
    assertExpiry(expiresSeconds);
    const url = this.signedUrl({ method: 'PUT', key, expires: this.expiry(expiresSeconds), contentType, maxBytes });
    return { url, method: 'PUT', headers: { 'Content-Type': contentType } };
  }

  async presignGet(key: string, { expiresSeconds, downloadName }: PresignGetOptions): Promise<string> {
    assertSafeKey(key);
    assertExpiry(expiresSeconds);
    return this.signedUrl({ method: 'GET', key, expires: this.expiry(expiresSeconds), downloadName });
  }

  async *listObjects(prefix: string): AsyncIterable<ObjectListing> {
    assertSafePrefix(prefix);
    const keys: string[] = [];
    await walk(join(this.options.rootDir, 'objects'), '', keys);
    for (const key of keys.filter((k) => k.startsWith(prefix)).sort()) {
      const info = await this.statObject(key);
      if (info) yield { key, size: info.size };
    }
  }

  async createMultipartUpload(key: string, { contentType }: { contentType: string }): Promise<{ uploadId: string }> {
    assertSafeKey(key);
    const uploadId = randomBytes(16).toString('hex');
    await this.writeJson(join(this.uploadDir(uploadId), 'upload.json'), { key, contentType } satisfies UploadMeta);
    return { uploadId };
  }

  async presignUploadPart(key: string, uploadId: string, partNumber: number, { maxBytes, expiresSeconds }: PresignPartOptions): Promise<PresignedRequest> {
    await this.uploadMeta(key, uploadId);
    assertPartNumber(partNumber);
    assertExpiry(expiresSeconds);
    return { url: this.signedUrl({ method: 'PUT', key, expires: this.expiry(expiresSeconds), maxBytes, uploadId, partNumber }), method: 'PUT', headers: {} };
  }

  async listUploadedParts(key: string, uploadId: string): Promise<UploadedPart[]> {
    await this.uploadMeta(key, uploadId);
    const parts: UploadedPart[] = [];
    for (const name of await readdir(this.uploadDir(uploadId))) {
      const match = /^(\d+)\.json$/.exec(name);
      if (!match) continue;
      const { etag, size } = await this.readJson<{ etag: string; size: number }>(join(this.uploadDir(uploadId), name));
      parts.push({ partNumber: Number(match[1]), etag, size });
    }
    return parts.sort((a, b) => a.partNumber - b.partNumber);
  }

  async completeMultipartUpload(key: string, uploadId: string, claimed?: CompletedPart[]): Promise<{ etag: string }> {
    const meta = await this.uploadMeta(key, uploadId);
    const parts = await this.listUploadedParts(key, uploadId);
    if (claimed && !sameParts(claimed, parts)) throw new Error(`Parts of upload ${uploadId} do not match the ones received`);
    if (parts.length === 0) throw new Error(`Multipart upload ${uploadId} has no parts`);
    const dir = this.uploadDir(uploadId);
    const joined = Readable.from(
      (async function* () {
        for (const part of parts) yield* createReadStream(join(dir, String(part.partNumber)));
      })(),
    );
    // S3's convention: md5 of the parts' md5s, then the part count.
    const etag = `${createHash('md5').update(Buffer.concat(parts.map((p) => Buffer.from(p.etag, 'hex')))).digest('hex')}-${parts.length}`;
    await this.receive(this.objectPath(key), joined, Infinity, async () => {
      await this.writeJson(this.metaPath(key), { contentType: meta.contentType, etag } satisfies ObjectMeta);
    });
    await rm(dir, { recursive: true, force: true });
    return { etag };
  }

  async abortMultipartUpload(key: string, uploadId: string): Promise<void> {
    await this.uploadMeta(key, uploadId);
    await rm(this.uploadDir(uploadId), { recursive: true, force: true });
  }

  /** Checks a `/storage/<key>` request's query against its signature; used by the HTTP handler. */
  verifyRequest(key: string, params: URLSearchParams): GrantCheck {
    return verifyGrant(this.options.secret, key, params, Math.floor(this.now() / 1000));
  }

  /** Stores a body sent to a verified PUT URL, refusing it past the signed size; returns its etag. */
  async receiveSignedUpload(grant: LocalGrant, body: Readable): Promise<string> {
    const maxBytes = grant.maxBytes ?? Infinity;
    if (grant.uploadId !== undefined && grant.partNumber !== undefined) {
      const partPath = join(this.uploadDir(grant.uploadId), String(grant.partNumber));
      await this.uploadMeta(grant.key, grant.uploadId);
      return this.receive(partPath, body, maxBytes, async (etag, size) => {
        await this.writeJson(`${partPath}.json`, { etag, size });
      });
    }
    return this.receive(this.objectPath(grant.key), body, maxBytes, async (etag) => {
      await this.writeJson(this.metaPath(grant.key), { contentType: grant.contentType ?? 'application/octet-stream', etag } satisfies ObjectMeta);
    });
  }

  // Streams into tmp/ and renames into place, so readers never see half a file.
  private async receive(target: string, body: Readable, maxBytes: number, commit: (etag: string, size: number) => Promise<void>): Promise<string> {
    const tmp = join(this.options.rootDir, 'tmp', randomBytes(12).toString('hex'));
    await mkdir(dirname(tmp), { recursive: true });
    const md5 = createHash('md5');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new UploadTooLargeError(maxBytes));
        md5.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, meter, createWriteStream(tmp));
      const etag = md5.digest('hex');
      await mkdir(dirname(target), { recursive: true });
      await rename(tmp, target);
      await commit(etag, size);
      return etag;
    } finally {
      await rm(tmp, { force: true });
    }
  }

  private async uploadMeta(key: string, uploadId: string): Promise<UploadMeta> {
    assertSafeKey(key);
    if (!UPLOAD_ID.test(uploadId)) throw new Error(`No multipart upload ${uploadId}`);
    const meta = await this.readJson<UploadMeta>(join(this.uploadDir(uploadId), 'upload.json')).catch(() => null);
    if (!meta || meta.key !== key) throw new Error(`No multipart upload ${uploadId} for ${key}`);
    return meta;
  }

  private signedUrl(grant: LocalGrant): string {
    const base = this.options.publicBaseUrl.replace(/\/+$/, '');
    return `${base}/storage/${encodeKeyPath(grant.key)}?${signGrant(this.options.secret, grant)}`;
  }

  private expiry = (seconds: number) => Math.floor(this.now() / 1000) + seconds;
  private objectPath = (key: string) => join(this.options.rootDir, 'objects', ...key.split('/'));
  private metaPath = (key: string) => `${join(this.options.rootDir, 'meta', ...key.split('/'))}.json`;
  private uploadDir = (uploadId: string) => join(this.options.rootDir, 'uploads', uploadId);

  private async writeJson(path: string, value: unknown): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(value));
  }

  private async readJson<T>(path: string): Promise<T> {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  }
}

async function walk(dir: string, prefix: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    if (isMissing(error)) return [];
    throw error;
  });
  for (const entry of entries) {
    const key = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(join(dir, entry.name), key, out);
    else if (entry.isFile()) out.push(key);
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT' || (error as NodeJS.ErrnoException)?.code === 'ENOTDIR';

// Same part numbers with the same etags, in any order; quotes around etags are ignored.
const sameParts = (claimed: CompletedPart[], received: UploadedPart[]): boolean => {
  const id = (p: CompletedPart) => `${p.partNumber}:${p.etag.replace(/"/g, '')}`;
  return claimed.map(id).sort().join() === received.map(id).sort().join();
};
