import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { startTestApi, type TestApi } from '../../test/harness';
import { createMediaRuntime, type MediaRuntime } from './media-runtime';
import { resetMediaState } from './media-test-setup';

const FIXTURES = path.join(__dirname, '../../../../../packages/images/fixtures');
const PHOTO = fs.readFileSync(path.join(FIXTURES, 'gps-DSCN0010.jpg'));
const OTHER = fs.readFileSync(path.join(FIXTURES, 'orientation-landscape_1.jpg'));

const TOKEN = `mutation($name: String!, $scopes: [ApiScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { secret userErrors { code } } }`;
const FEED = `{ mediaFeed(first: 20) { totalCount nodes { id status thumbnailUrl matchReason matchConfidence child { code } } } }`;

describe('integrator tokens and child photos (MEDIA_READ)', () => {
  let api: TestApi;
  let media: MediaRuntime;
  let dataDir: string;
  const t: Record<string, string> = {};
  let approvedId = '';
  let pendingId = '';

  async function upload(fileName: string, bytes: Buffer, batchId: string): Promise<string> {
    const c = (await api.gql(`mutation($input: UploadCreateInput!) { uploadCreate(input: $input) { upload { id } url method headers userErrors { code } } }`,
      { input: { batchId, fileName, contentType: 'image/jpeg', byteSize: bytes.length } }, { token: t.kenya })).data!.uploadCreate;
    expect(c.userErrors).toEqual([]);
    expect((await fetch(new URL(c.url, api.url), { method: c.method, headers: c.headers, body: bytes })).status).toBeLessThan(300);
    const fin = await api.gql(`mutation($input: UploadFinalizeInput!) { uploadFinalize(input: $input) { userErrors { code } } }`, { input: { uploadId: c.upload.id } }, { token: t.kenya });
    expect(fin.data!.uploadFinalize.userErrors).toEqual([]);
    return c.upload.id as string;
  }
  const token = async (scopes: string[]) => (await api.gql(TOKEN, { name: `media ${scopes.join()}`, scopes }, { token: t.staff })).data!.createApiToken.secret as string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'media-token-test-'));
    const env = { DATA_DIR: dataDir, STORAGE_SECRET: 'a-test-secret-of-at-least-32-characters' };
    api = await startTestApi(env);
    // Other media test files leave uploads, photos and jobs behind.
    await resetMediaState(api);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, ...env });
    media = await createMediaRuntime({ config, log: createLogger({ level: 'silent', pretty: false }), dataSource: api.dataSource });
    t.kenya = await api.signIn('partner.kenya@demo.portal');
    t.staff = await api.signIn('admin@demo.portal');
    const batchId = (await api.gql('mutation { uploadBatchCreate(input: { name: "Token test" }) { batch { id } } }', {}, { token: t.kenya })).data!.uploadBatchCreate.batch.id;
    await upload('KE-0003_garden.jpg', PHOTO, batchId);
    await upload('KE-0004_school.jpg', OTHER, batchId);
    await media.drain();
    // The queue is oldest first and other test files leave photos in it: read it to the end.
    const queue: Array<{ id: string; child: { code: string } | null }> = [];
    for (let after: string | null = null; ; ) {
      const page: any = (await api.gql('query($after: String) { mediaReviewQueue(first: 50, after: $after) { nodes { id child { code } } pageInfo { hasNextPage endCursor } } }', { after }, { token: t.staff })).data!.mediaReviewQueue;
      queue.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // Newest first among this file's own photos (the queue may hold older ones of the same children).
    queue.reverse();
    approvedId = queue.find((n: any) => n.child?.code === 'KE-0003')!.id;
    pendingId = queue.find((n: any) => n.child?.code === 'KE-0004')!.id;
    const ok = await api.gql('mutation($ids: [ID!]!) { mediaApprove(input: { mediaIds: $ids }) { userErrors { code } } }', { ids: [approvedId] }, { token: t.staff });
    expect(ok.data!.mediaApprove.userErrors).toEqual([]);
  });
  afterAll(async () => {
    await media.stop();
    await resetMediaState(api);
    await api.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('MEDIA_READ sees released photos only, never the matcher details, and every URL handed out is audited', async () => {
    const reader = await token(['MEDIA_READ', 'CHILDREN_READ']);
    const r = await api.gql(FEED, {}, { token: reader });
    expect(r.errors).toBeUndefined();
    const ids = r.data!.mediaFeed.nodes.map((n: any) => n.id);
    expect(ids).toContain(approvedId);
    expect(ids).not.toContain(pendingId);
    const node = r.data!.mediaFeed.nodes.find((n: any) => n.id === approvedId);
    expect(node).toEqual(expect.objectContaining({ status: 'APPROVED', matchReason: null, matchConfidence: null, child: { code: 'KE-0003' } }));
    expect((await fetch(new URL(node.thumbnailUrl, api.url))).status).toBe(200);
    const [audit] = await api.dataSource.query(`SELECT actor_id, details FROM audit_event WHERE action = 'media.viewed' ORDER BY created_at DESC LIMIT 1`);
    const [tokenRow] = await api.dataSource.query(`SELECT id FROM api_token WHERE name = 'media MEDIA_READ,CHILDREN_READ'`);
    expect(audit.actor_id).toBe(tokenRow.id);
    expect(audit.details.mediaIds).toEqual(expect.arrayContaining([Buffer.from(approvedId, 'base64url').toString('utf8').split(':')[1]]));

    // A pending photo is NOT_FOUND to the token, exactly like a photo that does not exist.
    const pending = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: pendingId }, { token: reader });
    expect(pending.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('without MEDIA_READ a token is refused the photo feed and cannot reach a photo by id', async () => {
    const childrenOnly = await token(['CHILDREN_READ', 'LETTERS_READ']);
    const r = await api.gql(FEED, {}, { token: childrenOnly });
    expect(r.data).toBeNull();
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    const byId = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: approvedId }, { token: childrenOnly });
    expect(byId.errors![0].extensions!.code).toBe('NOT_FOUND');
    // A partner's upload side stays closed to tokens whatever their scopes.
    const reader = await token(['MEDIA_READ']);
    const uploads = await api.gql('{ uploads(first: 5) { totalCount } }', {}, { token: reader });
    expect(uploads.data!.uploads.totalCount).toBe(0);
  });
});
