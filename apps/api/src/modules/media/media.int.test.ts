import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { assertWebpHasNoMetadata, inspectImage, listWebpChunks } from '@portal/images';
import { startTestApi, type TestApi } from '../../test/harness';
import { createMediaRuntime, type MediaRuntime } from './media-runtime';
import { deleteExpiredOriginals } from './media-processing';
import { resetMediaState } from './media-test-setup';

const FIXTURES = path.join(__dirname, '../../../../../packages/images/fixtures');

// The images package's PDF fixtures (pdf-lib is its dependency, not the API's); required at run time, outside this rootDir.
const { letterPdf, pdfFacts } = require(path.join(__dirname, '../../../../../packages/images/src/pdf.fixtures')) as {
  letterPdf(): Promise<Buffer>;
  pdfFacts(bytes: Uint8Array): Promise<{ pageCount: number; title: string | undefined; hasInfo: boolean }>;
};
const GPS_PHOTO = fs.readFileSync(path.join(FIXTURES, 'gps-DSCN0010.jpg'));
const OTHER_PHOTO = fs.readFileSync(path.join(FIXTURES, 'orientation-landscape_1.jpg'));

const CREATE = `mutation($input: UploadCreateInput!) { uploadCreate(input: $input) {
  upload { id status } url method headers expiresAt userErrors { field code message } } }`;
const FINALIZE = `mutation($input: UploadFinalizeInput!) { uploadFinalize(input: $input) { upload { id status reason } userErrors { code message } } }`;
const ASSIGN = `mutation($input: AssignUploadChildInput!) { assignUploadChild(input: $input) { upload { status } userErrors { field code message } } }`;
const BATCH = `query($id: ID!) { uploadBatch(id: $id) {
  summary { total matched needsAttention failed duplicates }
  uploads(first: 50) { nodes { id fileName status reason media { id status child { code } } candidates { child { code } confidence } } } } }`;
const FEED = `query($childId: ID) { mediaFeed(first: 10, childId: $childId) { totalCount nodes { id width height displayUrl thumbnailUrl child { code } matchReason } } }`;

describe('media pipeline: upload → job → review → sponsor feed', () => {
  let api: TestApi;
  let media: MediaRuntime;
  let dataDir: string;
  const t: Record<string, string> = {};
  const ids: Record<string, string> = {};

  /** Creates an upload, PUTs the bytes to the presigned URL with fetch, and finalizes it. */
  async function upload(fileName: string, bytes: Buffer, batchId: string, contentType = 'image/jpeg') {
    const created = await api.gql(CREATE, { input: { batchId, fileName, contentType, byteSize: bytes.length } }, { token: t.kenya });
    const c = created.data!.uploadCreate;
    expect(c.userErrors).toEqual([]);
    expect(new Date(c.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
    const put = await fetch(new URL(c.url, api.url), { method: c.method, headers: c.headers, body: bytes });
    expect(put.status).toBeLessThan(300);
    const fin = await api.gql(FINALIZE, { input: { uploadId: c.upload.id } }, { token: t.kenya });
    expect(fin.data!.uploadFinalize.userErrors).toEqual([]);
    return c.upload.id as string;
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'media-test-'));
    const env = { DATA_DIR: dataDir, STORAGE_SECRET: 'a-test-secret-of-at-least-32-characters' };
    api = await startTestApi(env);
    // Other media test files leave uploads, photos and jobs behind.
    await resetMediaState(api);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, ...env });
    // A second runtime on the same database and storage folder plays the worker.
    media = await createMediaRuntime({ config, log: createLogger({ level: 'silent', pretty: false }), dataSource: api.dataSource });
    for (const [k, email] of Object.entries({ kenya: 'partner.kenya@demo.portal', uganda: 'partner.uganda@demo.portal', anna: 'anna.miller@demo.portal', claire: 'claire.dubois@demo.portal', staff: 'reviewer@demo.portal' })) {
      t[k] = await api.signIn(email);
    }
    const children = await api.gql('{ children(first: 100) { nodes { id code } } }', {}, { token: t.staff });
    for (const n of children.data!.children.nodes) ids[n.code] = n.id;
  });
  afterAll(async () => {
    await media.stop();
    await resetMediaState(api);
    await api.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses unsupported types and oversized files with clear user errors, and non-partners outright', async () => {
    const docx = await api.gql(CREATE, { input: { fileName: 'a.docx', contentType: 'application/msword', byteSize: 10 } }, { token: t.kenya });
    expect(docx.data!.uploadCreate.userErrors[0]).toEqual(expect.objectContaining({ field: ['input', 'contentType'], code: 'INVALID' }));
    expect(docx.data!.uploadCreate.userErrors[0].message).toMatch(/JPEG, PNG, WebP, TIFF, HEIC or PDF/);
    const big = await api.gql(CREATE, { input: { fileName: 'a.jpg', contentType: 'image/jpeg', byteSize: 500_000_000 } }, { token: t.kenya });
    expect(big.data!.uploadCreate.userErrors[0].field).toEqual(['input', 'byteSize']);
    const sponsor = await api.gql(CREATE, { input: { fileName: 'a.jpg', contentType: 'image/jpeg', byteSize: 10 } }, { token: t.anna });
    expect(sponsor.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('matches by file name, fails a corrupt file alone, flags a duplicate, and lets the partner fix a match; staff approve; the sponsor sees clean WebPs', async () => {
    const b = await api.gql('mutation { uploadBatchCreate(input: { name: "Visit" }) { batch { id } userErrors { code } } }', {}, { token: t.kenya });
    const batchId = b.data!.uploadBatchCreate.batch.id as string;

    const matched = await upload('KE-0001_photo.jpg', GPS_PHOTO, batchId);
    const corrupt = await upload('KE-0002_broken.jpg', Buffer.from('this is not a photo at all, just some text'.repeat(20)), batchId);
    const loose = await upload('holiday.jpg', OTHER_PHOTO, batchId);
    expect(await media.drain()).toBe(3);
    const dup = await upload('KE-0001_again.jpg', GPS_PHOTO, batchId);
    await media.drain();

    const r = await api.gql(BATCH, { id: batchId }, { token: t.kenya });
    expect(r.data!.uploadBatch.summary).toEqual({ total: 4, matched: 1, needsAttention: 1, failed: 1, duplicates: 1 });
    const byId = new Map<string, any>(r.data!.uploadBatch.uploads.nodes.map((n: any) => [n.id, n]));
    expect(byId.get(matched)).toEqual(expect.objectContaining({ status: 'MATCHED', media: expect.objectContaining({ status: 'PENDING_REVIEW', child: { code: 'KE-0001' } }) }));
    expect(byId.get(corrupt).status).toBe('FAILED');
    expect(byId.get(corrupt).reason).toMatch(/\S/);
    expect(byId.get(dup)).toEqual(expect.objectContaining({ status: 'DUPLICATE', media: null }));
    expect(byId.get(dup).reason).toMatch(/KE-0001_photo\.jpg/);
    expect(byId.get(loose)).toEqual(expect.objectContaining({ status: 'NEEDS_ATTENTION', media: expect.objectContaining({ status: 'NEEDS_ATTENTION', child: null }) }));

    // Another organization can neither see nor assign; a partner cannot assign another organization's child.
    const theirs = await api.gql(ASSIGN, { input: { uploadId: loose, childId: ids['UG-0001'] } }, { token: t.uganda });
    expect(theirs.data!.assignUploadChild.userErrors[0].field).toEqual(['input', 'uploadId']);
    const ugView = await api.gql(BATCH, { id: batchId }, { token: t.uganda });
    expect(ugView.errors![0].extensions!.code).toBe('NOT_FOUND');
    const ugUploads = await api.gql('{ uploads(first: 100) { totalCount nodes { id } } }', {}, { token: t.uganda });
    expect(ugUploads.data!.uploads.nodes.map((n: any) => n.id)).not.toContain(loose);
    const mediaId = byId.get(loose).media.id as string;
    const ugNode = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: mediaId }, { token: t.uganda });
    expect(ugNode.errors![0].extensions!.code).toBe('NOT_FOUND');
    const foreignChild = await api.gql(ASSIGN, { input: { uploadId: loose, childId: ids['UG-0001'] } }, { token: t.kenya });
    expect(foreignChild.data!.assignUploadChild.userErrors[0].field).toEqual(['input', 'childId']);
    const fixed = await api.gql(ASSIGN, { input: { uploadId: loose, childId: ids['KE-0002'] } }, { token: t.kenya });
    expect(fixed.data!.assignUploadChild).toEqual({ upload: { status: 'MATCHED' }, userErrors: [] });

    // Nothing is visible to the sponsor before review.
    const before = await api.gql(FEED, {}, { token: t.anna });
    expect(before.data!.mediaFeed.totalCount).toBe(0);

    const queue = await api.gql('{ mediaReviewQueue(first: 50) { totalCount nodes { id child { code } matchConfidence } } mediaReviewCounts { pendingReview } }', {}, { token: t.staff });
    const pending = queue.data!.mediaReviewQueue.nodes.map((n: any) => n.id);
    expect(pending).toEqual(expect.arrayContaining([byId.get(matched).media.id, mediaId]));
    expect(queue.data!.mediaReviewCounts.pendingReview).toBe(queue.data!.mediaReviewQueue.totalCount);
    const approve = await api.gql('mutation($ids: [ID!]!) { mediaApprove(input: { mediaIds: $ids }) { mediaIds status userErrors { code } } }',
      { ids: [byId.get(matched).media.id, mediaId] }, { token: t.staff });
    expect(approve.data!.mediaApprove).toEqual({ mediaIds: [byId.get(matched).media.id, mediaId], status: 'APPROVED', userErrors: [] });
    const again = await api.gql('mutation($ids: [ID!]!) { mediaApprove(input: { mediaIds: $ids }) { userErrors { code } } }', { ids: [mediaId] }, { token: t.staff });
    expect(again.data!.mediaApprove.userErrors[0].code).toBe('INVALID');
    const [{ n: decisions }] = await api.dataSource.query(`SELECT COUNT(*)::int AS n FROM audit_event WHERE action = 'media.approved' AND target_id = ANY($1)`, [[fromGid(byId.get(matched).media.id), fromGid(mediaId)]]);
    expect(decisions).toBe(2);

    const feed = await api.gql(FEED, {}, { token: t.anna });
    expect(feed.data!.mediaFeed.nodes.map((n: any) => n.child.code).sort()).toEqual(['KE-0001', 'KE-0002']);
    const photo = feed.data!.mediaFeed.nodes.find((n: any) => n.child.code === 'KE-0001');
    expect(photo.matchReason).toBeNull();
    const got = await fetch(new URL(photo.displayUrl, api.url));
    expect(got.status).toBe(200);
    const webp = Buffer.from(await got.arrayBuffer());
    expect(listWebpChunks(webp)).not.toContain('EXIF');
    assertWebpHasNoMetadata(webp);
    expect((await inspectImage(webp)).hasGps).toBe(false);
    const thumb = Buffer.from(await (await fetch(new URL(photo.thumbnailUrl, api.url))).arrayBuffer());
    assertWebpHasNoMetadata(thumb);
    // A tampered URL is refused.
    expect((await fetch(new URL(photo.displayUrl.replace('display.webp', 'thumbnail.webp'), api.url))).status).toBe(403);

    // One audit row for the whole feed request, listing every photo handed out.
    const viewed = await api.dataSource.query(`SELECT details FROM audit_event WHERE action = 'media.viewed' ORDER BY created_at DESC LIMIT 1`);
    expect(viewed[0].details.mediaIds).toHaveLength(2);

    const one = await api.gql(FEED, { childId: ids['KE-0002'] }, { token: t.anna });
    expect(one.data!.mediaFeed.nodes.map((n: any) => n.child.code)).toEqual(['KE-0002']);
    const claire = await api.gql(FEED, {}, { token: t.claire });
    expect(claire.data!.mediaFeed).toEqual({ totalCount: 0, nodes: [] });
    const claireNode = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: mediaId }, { token: t.claire });
    expect(claireNode.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('deletes an object that differs from what was announced, and refuses to finalize a missing file', async () => {
    const created = await api.gql(CREATE, { input: { fileName: 'KE-0003.jpg', contentType: 'image/jpeg', byteSize: OTHER_PHOTO.length } }, { token: t.kenya });
    const c = created.data!.uploadCreate;
    const early = await api.gql(FINALIZE, { input: { uploadId: c.upload.id } }, { token: t.kenya });
    expect(early.data!.uploadFinalize.userErrors[0].message).toMatch(/not arrived/);
    const short = OTHER_PHOTO.subarray(0, 1000);
    expect((await fetch(new URL(c.url, api.url), { method: 'PUT', headers: c.headers, body: short })).status).toBeLessThan(300);
    const fin = await api.gql(FINALIZE, { input: { uploadId: c.upload.id } }, { token: t.kenya });
    expect(fin.data!.uploadFinalize.userErrors[0].message).toMatch(/differs/);
    expect(await media.storage.statObject(`uploads/${fromGid(c.upload.id)}/original`)).toBeNull();
    const other = await api.gql(FINALIZE, { input: { uploadId: c.upload.id } }, { token: t.uganda });
    expect(other.data!.uploadFinalize.userErrors[0].message).toBe('No such upload.');
  });

  it('converts a multi-page PDF letter to a cleaned PDF plus a page-1 preview, and fails a corrupt PDF alone', async () => {
    const b = await api.gql('mutation { uploadBatchCreate(input: { name: "Letters" }) { batch { id } } }', {}, { token: t.kenya });
    const batchId = b.data!.uploadBatchCreate.batch.id as string;
    const pdf = await letterPdf();
    const letter = await upload('KE-0003 letter.pdf', pdf, batchId, 'application/pdf');
    const broken = await upload('KE-0004 letter.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)), batchId, 'application/pdf');
    const photo = await upload('KE-0005.jpg', fs.readFileSync(path.join(FIXTURES, 'orientation-landscape_2.jpg')), batchId);
    expect(await media.drain()).toBe(3);

    const r = await api.gql(`query($id: ID!) { uploadBatch(id: $id) { summary { total matched failed }
      uploads(first: 10) { nodes { id status reason media { id status pageCount documentBytes width height child { code } } } } } }`, { id: batchId }, { token: t.kenya });
    expect(r.data!.uploadBatch.summary).toEqual({ total: 3, matched: 2, failed: 1 });
    const byId = new Map<string, any>(r.data!.uploadBatch.uploads.nodes.map((n: any) => [n.id, n]));
    expect(byId.get(letter)).toEqual(expect.objectContaining({
      status: 'MATCHED', media: expect.objectContaining({ status: 'PENDING_REVIEW', pageCount: 3, width: 905, height: 1280, child: { code: 'KE-0003' } }),
    }));
    expect(byId.get(broken)).toEqual(expect.objectContaining({ status: 'FAILED', media: null }));
    expect(byId.get(broken).reason).toMatch(/^This PDF file could not be decoded; it may be truncated or damaged/);
    expect(byId.get(photo)).toEqual(expect.objectContaining({ status: 'MATCHED', media: expect.objectContaining({ pageCount: null, documentBytes: null }) }));

    // Staff check page 1 and download the whole letter; the stored PDF keeps every page and no metadata.
    const mediaId = byId.get(letter).media.id as string;
    const LETTER = 'query($id: ID!) { node(id: $id) { ... on Media { thumbnailUrl displayUrl documentUrl documentBytes } } }';
    const staffView = (await api.gql(LETTER, { id: mediaId }, { token: t.staff })).data!.node;
    const download = await fetch(new URL(staffView.documentUrl, api.url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/attachment; filename="letter\.pdf"/);
    const stored = Buffer.from(await download.arrayBuffer());
    expect(stored.length).toBe(staffView.documentBytes);
    expect(await pdfFacts(stored)).toEqual({ pageCount: 3, title: undefined, hasInfo: false });
    expect(await pdfFacts(pdf)).toEqual(expect.objectContaining({ title: 'Letter from Amani Wanjiru, Kibera', hasInfo: true }));
    const preview = Buffer.from(await (await fetch(new URL(staffView.thumbnailUrl, api.url))).arrayBuffer());
    assertWebpHasNoMetadata(preview);
    expect(await inspectImage(preview)).toEqual(expect.objectContaining({ format: 'webp', width: 283, height: 400 }));

    // Claire sponsors KE-0003: the letter reaches her once approved; Anna (other children of the project) never.
    const view = (token: string) => api.gql(LETTER, { id: mediaId }, { token });
    expect((await view(t.claire)).errors![0].extensions!.code).toBe('NOT_FOUND');
    await api.gql('mutation($ids: [ID!]!) { mediaApprove(input: { mediaIds: $ids }) { status } }', { ids: [mediaId] }, { token: t.staff });
    expect((await view(t.claire)).data!.node.documentUrl).toMatch(/letter\.pdf/);
    expect((await view(t.anna)).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('processes uploads in the background worker and deletes originals after the retention period', async () => {
    await media.startWorker();
    const b = await api.gql('mutation { uploadBatchCreate(input: {}) { batch { id } } }', {}, { token: t.kenya });
    const id = await upload('KE-0004 portrait.jpg', fs.readFileSync(path.join(FIXTURES, 'orientation-portrait_1.jpg')), b.data!.uploadBatchCreate.batch.id);
    let status = 'QUEUED';
    for (let i = 0; i < 50 && status === 'QUEUED'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const r = await api.gql('query($id: ID!) { node(id: $id) { ... on Upload { status } } }', { id }, { token: t.kenya });
      status = r.data!.node.status;
    }
    expect(status).toBe('MATCHED');
    const m = await api.gql('query($id: ID!) { node(id: $id) { ... on Upload { media { id } } } }', { id }, { token: t.kenya });
    const REJECT = 'mutation($input: MediaRejectInput!) { mediaReject(input: $input) { mediaIds status userErrors { field code } } }';
    const noReason = await api.gql(REJECT, { input: { mediaId: m.data!.node.media.id, reason: ' ' } }, { token: t.staff });
    expect(noReason.data!.mediaReject.userErrors).toEqual([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    const rejected = await api.gql(REJECT, { input: { mediaId: m.data!.node.media.id, reason: 'Blurred' } }, { token: t.staff });
    expect(rejected.data!.mediaReject.status).toBe('REJECTED');
    const [approval] = await api.dataSource.query(`SELECT decision, reason FROM approval WHERE subject_type = 'Media' AND subject_id = $1`, [fromGid(m.data!.node.media.id)]);
    expect(approval).toEqual({ decision: 'REJECTED', reason: 'Blurred' });
    const key = `uploads/${fromGid(id)}/original`;
    expect(await media.storage.statObject(key)).not.toBeNull();
    const deps = { dataSource: api.dataSource, storage: media.storage, log: createLogger({ level: 'silent', pretty: false }) };
    expect(await deleteExpiredOriginals(deps, 30, new Date())).toBe(0);
    expect(await deleteExpiredOriginals(deps, 30, new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThan(0);
    expect(await media.storage.statObject(key)).toBeNull();
  });
});

function fromGid(gid: string): string {
  return Buffer.from(gid, 'base64url').toString('utf8').split(':')[1];
}
