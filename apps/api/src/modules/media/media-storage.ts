import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '@portal/config';
import { LocalObjectStorage, S3ObjectStorage, type ObjectStorage } from '@portal/storage';

export interface MediaStorage {
  storage: ObjectStorage;
  /** Set for the embedded default: the handler serving its presigned URLs at /storage/. */
  local: LocalObjectStorage | null;
}

/** The local signing secret from configuration, or from (creating once) a file in the data folder. */
export function loadOrCreateStorageSecret(secret: string | null, dataDir: string): string {
  if (secret) return secret;
  const file = path.join(dataDir, 'storage-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** S3/MinIO when configured, else files under DATA_DIR/storage; local URLs are relative unless PUBLIC_URL is set. */
export async function openMediaStorage(config: Config): Promise<MediaStorage> {
  const s = config.storage;
  if (s.kind === 's3') {
    const storage = new S3ObjectStorage({
      endpoint: s.endpoint,
      ...(s.port ? { port: s.port } : {}),
      useSSL: s.useSSL,
      accessKey: s.accessKey,
      secretKey: s.secretKey,
      bucket: s.bucket,
      region: s.region,
      pathStyle: true,
    });
    await storage.ensureBucket();
    return { storage, local: null };
  }
  const local = new LocalObjectStorage({
    rootDir: s.rootDir,
    publicBaseUrl: config.publicUrl ?? '',
    secret: loadOrCreateStorageSecret(s.secret, config.dataDir),
  });
  return { storage: local, local };
}

/** Reads a whole object; uploads are bounded by IMAGE_LIMITS.maxInputBytes. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
