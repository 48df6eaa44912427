import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { startTestApi, type TestApi } from '../../test/harness';
import { createMediaRuntime, type MediaRuntime } from './media-runtime';
import { readAll } from './media-storage';
import { resetMediaState } from './media-test-setup';

// sharp is a dependency of @portal/images, not of the API: reach it from there to make a large photo.
type Sharp = { jpeg(o: object): Sharp; toBuffer(): Promise<Buffer> };
const sharp = createRequire(require.resolve('@portal/images'))('sharp') as (input: Buffer, o: object) => Sharp;

const START = `mutation($input: UploadCreateInput!) { uploadMultipartCreate(input: $input) { upload { id status } partBytes partCount userErrors { field code message } } }`;
const URLS = `mutation($input: UploadPartUrlsInput!) { uploadPartUrls(input: $input) { parts { partNumber url method headers } expiresAt userErrors { field code message } } }`;
const COMPLETE = `mutation($input: UploadMultipartCompleteInput!) { uploadMultipartComplete(input: $input) { upload { id status reason } userErrors { field code message } } }`;
const ABORT = `mutation($input: UploadMultipartAbortInput!) { uploadMultipartAbort(input: $input) { upload { status reason } userErrors { code message } } }`;
const STATE = `query($id: ID!) { node(id: $id) { ... on Upload { status reason receivedParts { partNumber size } media { child { code } } } } }`;

describe('multipart uploads: a large file in parts survives a dropped connection', () => {
  let api: TestApi;
  let media: MediaRuntime;
  let dataDir: string;
  let big: Buffer;
  const t: Record<string, string> = {};
  let sentBytes = 0;

  async function putPart(part: { url: string; method: string; headers: Record<string, string> }, body: Buffer): Promise<Response> {
    const response = await fetch(new URL(part.url, api.url), { method: part.method, headers: part.headers, body });
    if (response.ok) sentBytes += body.length;
    return response;
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'multipart-test-'));
    const env = { DATA_DIR: dataDir, STORAGE_SECRET: 'a-test-secret-of-at-least-32-characters' };
    api = await startTestApi(env);
    // Other media test files leave uploads, photos and jobs behind.
    await resetMediaState(api);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, ...env });
    media = await createMediaRuntime({ config, log: createLogger({ level: 'silent', pretty: false }), dataSource: api.dataSource });
    t.kenya = await api.signIn('partner.kenya@demo.portal');
    t.uganda = await api.signIn('partner.uganda@demo.portal');
    // Noise does not compress: a 12 MB JPEG, three parts of 5 MiB.
    const [w, h] = [2400, 1800];
    big = await sharp(randomBytes(w * h * 3), { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 100, chromaSubsampling: '4:4:4' }).toBuffer();
  });
  afterAll(async () => {
    await media.stop();
    await resetMediaState(api);
    await api.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes after a part drops mid-way, sending only the missing parts, then processes the joined file', async () => {
    const start = await api.gql(START, { input: { fileName: 'KE-0005 school report.jpg', contentType: 'image/jpeg', byteSize: big.length } }, { token: t.kenya });
    const s = start.data!.uploadMultipartCreate;
    expect(s.userErrors).toEqual([]);
    expect(s.partBytes).toBe(5 * 1024 * 1024);
    expect(s.partCount).toBe(Math.ceil(big.length / s.partBytes));
    expect(s.partCount).toBeGreaterThanOrEqual(3);
    const id = s.upload.id as string;
    const slice = (n: number) => big.subarray((n - 1) * s.partBytes, Math.min(big.length, n * s.partBytes));

    const urls = await api.gql(URLS, { input: { uploadId: id, partNumbers: [1, 2, 3] } }, { token: t.kenya });
    const [p1, p2] = urls.data!.uploadPartUrls.parts;
    expect(new Date(urls.data!.uploadPartUrls.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
    expect((await putPart(p1, slice(1))).status).toBe(200);

    // Part 2: the connection dies after one MiB.
    const half = slice(2).subarray(0, 1024 * 1024);
    const dying = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(half);
        setTimeout(() => controller.error(new Error('network lost')), 50);
      },
    });
    await expect(fetch(new URL(p2.url, api.url), { method: 'PUT', headers: p2.headers, body: dying, duplex: 'half' } as RequestInit)).rejects.toThrow();

    // The client comes back (reloaded page) knowing only the upload id.
    const state = await api.gql(STATE, { id }, { token: t.kenya });
    expect(state.data!.node).toEqual(expect.objectContaining({ status: 'AWAITING_FILE', receivedParts: [{ partNumber: 1, size: s.partBytes }] }));
    const early = await api.gql(COMPLETE, { input: { uploadId: id } }, { token: t.kenya });
    expect(early.data!.uploadMultipartComplete.userErrors[0].message).toMatch(/Parts 2, 3 of 3 have not arrived/);

    // Another organization can neither see nor continue it.
    expect((await api.gql(STATE, { id }, { token: t.uganda })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const theirs = await api.gql(URLS, { input: { uploadId: id, partNumbers: [2] } }, { token: t.uganda });
    expect(theirs.data!.uploadPartUrls).toEqual(expect.objectContaining({ parts: [], userErrors: [expect.objectContaining({ message: 'No such upload.' })] }));
    const outOfRange = await api.gql(URLS, { input: { uploadId: id, partNumbers: [s.partCount + 1] } }, { token: t.kenya });
    expect(outOfRange.data!.uploadPartUrls.userErrors[0].field).toEqual(['input', 'partNumbers']);

    const received = new Set(state.data!.node.receivedParts.map((p: { partNumber: number }) => p.partNumber));
    const missing = Array.from({ length: s.partCount }, (_, i) => i + 1).filter((n) => !received.has(n));
    const resumed = await api.gql(URLS, { input: { uploadId: id, partNumbers: missing } }, { token: t.kenya });
    for (const part of resumed.data!.uploadPartUrls.parts) expect((await putPart(part, slice(part.partNumber))).status).toBe(200);
    // Part 1 went over the wire once.
    expect(sentBytes).toBe(big.length);

    const sha256 = createHash('sha256').update(big).digest('hex');
    const done = await api.gql(COMPLETE, { input: { uploadId: id, sha256 } }, { token: t.kenya });
    expect(done.data!.uploadMultipartComplete).toEqual({ upload: expect.objectContaining({ id, status: 'QUEUED' }), userErrors: [] });
    const original = await readAll(await media.storage.getObject(`uploads/${fromGid(id)}/original`));
    expect(original.equals(big)).toBe(true);
    expect((await api.gql(COMPLETE, { input: { uploadId: id } }, { token: t.kenya })).data!.uploadMultipartComplete.userErrors[0].code).toBe('ILLEGAL_TRANSITION');

    expect(await media.drain()).toBe(1);
    const after = await api.gql(STATE, { id }, { token: t.kenya });
    expect(after.data!.node).toEqual(expect.objectContaining({ status: 'MATCHED', receivedParts: null, media: { child: { code: 'KE-0005' } } }));
  });

  it('refuses a part larger than announced, and an abort deletes the parts and fails the upload', async () => {
    const small = big.subarray(0, 6 * 1024 * 1024);
    const start = await api.gql(START, { input: { fileName: 'KE-0006 letter.pdf', contentType: 'application/pdf', byteSize: small.length } }, { token: t.kenya });
    const id = start.data!.uploadMultipartCreate.upload.id as string;
    expect(start.data!.uploadMultipartCreate.partCount).toBe(2);
    const urls = (await api.gql(URLS, { input: { uploadId: id, partNumbers: [1, 2] } }, { token: t.kenya })).data!.uploadPartUrls.parts;
    // The last part may hold only the rest of the announced size.
    expect((await fetch(new URL(urls[1].url, api.url), { method: 'PUT', headers: urls[1].headers, body: small.subarray(0, 2 * 1024 * 1024) })).status).toBe(413);
    expect((await putPart(urls[0], small.subarray(0, 5 * 1024 * 1024))).status).toBe(200);

    const aborted = await api.gql(ABORT, { input: { uploadId: id } }, { token: t.kenya });
    expect(aborted.data!.uploadMultipartAbort).toEqual({ upload: { status: 'FAILED', reason: 'Cancelled by the uploader.' }, userErrors: [] });
    const state = await api.gql(STATE, { id }, { token: t.kenya });
    expect(state.data!.node.receivedParts).toBeNull();
    expect((await fetch(new URL(urls[1].url, api.url), { method: 'PUT', headers: urls[1].headers, body: small.subarray(5 * 1024 * 1024) })).ok).toBe(false);
    expect(fs.readdirSync(path.join(dataDir, 'storage', 'uploads'))).toEqual([]);
    const again = await api.gql(URLS, { input: { uploadId: id, partNumbers: [2] } }, { token: t.kenya });
    expect(again.data!.uploadPartUrls.userErrors[0].code).toBe('ILLEGAL_TRANSITION');
  });

  // On the local-disk storage: s3rver (the S3 test server) implements neither ListParts nor
  // AbortMultipartUpload, so freeing parts can only be observed here (MinIO and S3 have both).
  it('the scheduled job aborts uploads left unfinished longer than the configured time, frees their parts and marks them EXPIRED', async () => {
    const begin = async (fileName: string) => {
      const start = await api.gql(START, { input: { fileName, contentType: 'image/jpeg', byteSize: big.length } }, { token: t.kenya });
      const id = start.data!.uploadMultipartCreate.upload.id as string;
      const [part1] = (await api.gql(URLS, { input: { uploadId: id, partNumbers: [1] } }, { token: t.kenya })).data!.uploadPartUrls.parts;
      expect((await putPart(part1, big.subarray(0, 5 * 1024 * 1024))).status).toBe(200);
      const [row] = await api.dataSource.query('SELECT multipart_upload_id AS "multipartId" FROM upload WHERE id = $1', [fromGid(id)]);
      return { id, partsDir: path.join(dataDir, 'storage', 'uploads', row.multipartId as string) };
    };
    const stale = await begin('KE-0007 left on a bus.jpg');
    const recent = await begin('KE-0008 still coming.jpg');
    // A plain single-PUT upload that was created and never sent.
    const never = await api.gql(`mutation($input: UploadCreateInput!) { uploadCreate(input: $input) { upload { id } } }`,
      { input: { fileName: 'KE-0009.jpg', contentType: 'image/jpeg', byteSize: 1000 } }, { token: t.kenya });
    const neverId = never.data!.uploadCreate.upload.id as string;
    await api.dataSource.query(`UPDATE upload SET created_at = now() - interval '25 hours' WHERE id = ANY($1)`, [[fromGid(stale.id), fromGid(neverId)]]);
    await api.dataSource.query(`UPDATE upload SET created_at = now() - interval '23 hours' WHERE id = $1`, [fromGid(recent.id)]);
    expect(fs.existsSync(stale.partsDir)).toBe(true);

    // Default: 24 hours.
    await media.enqueueUploadExpiry();
    expect(await media.drain()).toBe(1);
    const staleState = (await api.gql(STATE, { id: stale.id }, { token: t.kenya })).data!.node;
    expect(staleState).toEqual(expect.objectContaining({ status: 'EXPIRED', receivedParts: null, reason: 'The file did not finish uploading within 24 hours; upload it again.' }));
    expect(fs.existsSync(stale.partsDir)).toBe(false);
    expect((await api.gql(STATE, { id: neverId }, { token: t.kenya })).data!.node.status).toBe('EXPIRED');
    const recentState = (await api.gql(STATE, { id: recent.id }, { token: t.kenya })).data!.node;
    expect(recentState).toEqual(expect.objectContaining({ status: 'AWAITING_FILE', receivedParts: [{ partNumber: 1, size: 5 * 1024 * 1024 }] }));
    // The expired upload cannot be continued.
    expect((await api.gql(URLS, { input: { uploadId: stale.id, partNumbers: [2] } }, { token: t.kenya })).data!.uploadPartUrls.userErrors[0].code).toBe('ILLEGAL_TRANSITION');

    // Configurable: with MEDIA_ABANDONED_UPLOAD_HOURS=12 the 23-hour-old one goes too.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: dataDir, STORAGE_SECRET: 'a-test-secret-of-at-least-32-characters', MEDIA_ABANDONED_UPLOAD_HOURS: '12' });
    expect(config.mediaAbandonedUploadHours).toBe(12);
    const strict = await createMediaRuntime({ config, log: createLogger({ level: 'silent', pretty: false }), dataSource: api.dataSource });
    try {
      await strict.enqueueUploadExpiry();
      expect(await strict.drain()).toBe(1);
    } finally {
      await strict.stop();
    }
    expect((await api.gql(STATE, { id: recent.id }, { token: t.kenya })).data!.node).toEqual(expect.objectContaining({ status: 'EXPIRED', reason: expect.stringMatching(/within 12 hours/) }));
    expect(fs.readdirSync(path.join(dataDir, 'storage', 'uploads'))).toEqual([]);
  });
});

function fromGid(gid: string): string {
  return Buffer.from(gid, 'base64url').toString('utf8').split(':')[1];
}
