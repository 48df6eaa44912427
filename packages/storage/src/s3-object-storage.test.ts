import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { objectStorageContract } from './object-storage.contract';
import { S3ObjectStorage } from './s3-object-storage';

// s3rver ships no types; this is the part used here.
type S3rverServer = { run(): Promise<AddressInfo>; close(): Promise<void> };
const S3rver = require('s3rver') as new (options: object) => S3rverServer;

let server: S3rverServer;
let dir: string;
let storage: S3ObjectStorage;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's3rver-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
  const { port } = await server.run();
  storage = new S3ObjectStorage({
    endpoint: '127.0.0.1', port, useSSL: false, accessKey: 'S3RVER', secretKey: 'S3RVER', bucket: 'portal-test', region: 'us-east-1', pathStyle: true,
  });
  await storage.ensureBucket();
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

// s3rver checks no presigned signature and has no ListParts or AbortMultipartUpload: those are covered against the local adapter.
describe('S3ObjectStorage against s3rver', () => {
  objectStorageContract({ storage: () => storage, listsParts: false, abortsUploads: false });
});
