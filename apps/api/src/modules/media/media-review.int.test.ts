import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { LocalObjectStorage } from '@portal/storage';
import { startTestApi, type TestApi } from '../../test/harness';
import { createMediaRuntime, type MediaRuntime } from './media-runtime';
import { mediaOf, uniquePhoto, uploadAs, uuidOf } from './feed.fixtures';
import { resetMediaState } from './media-test-setup';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const REJECT_MANY = `mutation($ids: [ID!]!, $reason: String!) { mediaRejectMany(input: { mediaIds: $ids, reason: $reason }) { mediaIds status userErrors { field code message } } }`;
const APPROVE = `mutation($ids: [ID!]!) { mediaApprove(input: { mediaIds: $ids }) { mediaIds status userErrors { field code } } }`;
const QUEUE = `{ mediaReviewQueue(first: 100) { nodes { id status submittedAt child { code project { code } } matchReason matchConfidence thumbnailUrl } } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Media { id status displayUrl thumbnailUrl } } }`;

describe('media review: bulk decisions, release to sponsors only, signed and audited access', () => {
  let api: TestApi;
  let media: MediaRuntime;
  let dataDir: string;
  const t: Record<string, string> = {};
  let photos: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-test-'));
    const env = { DATA_DIR: dataDir, STORAGE_SECRET: SECRET };
    api = await startTestApi(env);
    // Other media test files leave uploads, photos and jobs behind.
    await resetMediaState(api);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, ...env });
    media = await createMediaRuntime({ config, log: createLogger({ level: 'silent', pretty: false }), dataSource: api.dataSource });
    for (const [k, u] of Object.entries({ kenya: 'partner.kenya', uganda: 'partner.uganda', james: 'james.okoro', staff: 'reviewer' })) t[k] = await api.signIn(`${u}@demo.portal`);
    // James's children (and no one else's): other suites assert what Anna and Claire see.
    const uploads = [];
    for (const name of ['KE-0004 market.jpg', 'KE-0005 school.jpg', 'ke0004_2.jpg', 'KE-0005 dance.jpg']) uploads.push(await uploadAs(api, t.kenya, name, uniquePhoto()));
    await media.drain();
    photos = await Promise.all(uploads.map((u) => mediaOf(api, t.kenya, u)));
  });
  afterAll(async () => {
    await media.stop();
    await resetMediaState(api);
    await api.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows staff the queue with child, project and match reason; only staff decide', async () => {
    const q = await api.gql(QUEUE, {}, { token: t.staff });
    const mine = q.data!.mediaReviewQueue.nodes.filter((n: any) => photos.includes(n.id));
    expect(mine).toHaveLength(4);
    // Oldest first: the worker may convert the files in any order, so compare with the times it set.
    const times = mine.map((n: any) => new Date(n.submittedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const first = mine.find((n: any) => n.id === photos[0]);
    expect(first).toMatchObject({ status: 'PENDING_REVIEW', child: { code: 'KE-0004', project: { code: 'KE' } }, matchReason: expect.stringMatching(/\S/) });
    expect(first.thumbnailUrl).toMatch(/thumbnail\.webp/);
    for (const token of [t.kenya, t.james]) {
      expect((await api.gql(REJECT_MANY, { ids: photos, reason: 'x' }, { token })).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await api.gql(APPROVE, { ids: photos }, { token })).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await api.gql(QUEUE, {}, { token })).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('rejects many at once with one reason, all or nothing, each with its own Approval and audit event', async () => {
    const [a, b, c, d] = photos;
    const noReason = await api.gql(REJECT_MANY, { ids: [a, b], reason: '  ' }, { token: t.staff });
    expect(noReason.data!.mediaRejectMany.userErrors).toEqual([expect.objectContaining({ field: ['input', 'reason'], code: 'REQUIRED' })]);
    const tooMany = await api.gql(REJECT_MANY, { ids: Array(101).fill(a), reason: 'Blurred' }, { token: t.staff });
    expect(tooMany.data!.mediaRejectMany.userErrors[0].field).toEqual(['input', 'mediaIds']);

    const approved = await api.gql(APPROVE, { ids: [c, d] }, { token: t.staff });
    expect(approved.data!.mediaApprove).toEqual({ mediaIds: [c, d], status: 'APPROVED', userErrors: [] });
    // One already decided photo in the list: nothing is decided, and the error points at it.
    const mixed = await api.gql(REJECT_MANY, { ids: [a, c, b], reason: 'Blurred' }, { token: t.staff });
    expect(mixed.data!.mediaRejectMany).toEqual({ mediaIds: [], status: null, userErrors: [expect.objectContaining({ field: ['input', 'mediaIds', '1'], code: 'INVALID' })] });
    const stillPending = await api.gql(NODE, { id: a }, { token: t.staff });
    expect(stillPending.data!.node.status).toBe('PENDING_REVIEW');

    const rejected = await api.gql(REJECT_MANY, { ids: [a, b], reason: 'Blurred' }, { token: t.staff });
    expect(rejected.data!.mediaRejectMany).toEqual({ mediaIds: [a, b], status: 'REJECTED', userErrors: [] });
    const rows = await api.dataSource.query(`SELECT subject_id, decision, reason FROM approval WHERE subject_type = 'Media' AND subject_id = ANY($1) ORDER BY decision`, [[a, b, c, d].map(uuidOf)]);
    expect(rows.map((r: any) => [r.decision, r.reason])).toEqual([['APPROVED', null], ['APPROVED', null], ['REJECTED', 'Blurred'], ['REJECTED', 'Blurred']]);
    const events = await api.dataSource.query(`SELECT action, COUNT(*)::int AS n FROM audit_event WHERE target_id = ANY($1) AND action IN ('media.approved', 'media.rejected') GROUP BY action ORDER BY action`, [[a, b, c, d].map(uuidOf)]);
    expect(events).toEqual([{ action: 'media.approved', n: 2 }, { action: 'media.rejected', n: 2 }]);
    const q = await api.gql(QUEUE, {}, { token: t.staff });
    expect(q.data!.mediaReviewQueue.nodes.map((n: any) => n.id)).toEqual(expect.not.arrayContaining([a, b, c, d]));
  });

  it('releases only approved photos to the sponsor; rejected ones stay unreachable', async () => {
    const [a, b, c, d] = photos;
    const feed = await api.gql('{ sponsorFeed(first: 100) { nodes { id } } mediaFeed(first: 100) { nodes { id } } }', {}, { token: t.james });
    for (const list of [feed.data!.sponsorFeed.nodes, feed.data!.mediaFeed.nodes]) {
      const ids = list.map((n: any) => n.id);
      expect(ids).toEqual(expect.arrayContaining([c, d]));
      expect(ids).not.toContain(a);
      expect(ids).not.toContain(b);
    }
    expect((await api.gql(NODE, { id: a }, { token: t.james })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.gql(NODE, { id: c }, { token: t.uganda })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('hands out only short-lived signed URLs of derivatives, and audits who was given them', async () => {
    const [, , c] = photos;
    const before = new Date();
    const r = await api.gql(NODE, { id: c }, { token: t.kenya });
    const { displayUrl, thumbnailUrl } = r.data!.node;
    for (const url of [displayUrl, thumbnailUrl]) {
      const u = new URL(url, api.url);
      expect(u.pathname).toMatch(new RegExp(`/media/${uuidOf(c)}/(display|thumbnail)\\.webp$`));
      expect(u.pathname).not.toMatch(/original/);
      const expires = Number(u.searchParams.get('X-Expires'));
      expect(expires * 1000 - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000 + 1000);
      expect(expires * 1000 - Date.now()).toBeGreaterThan(60 * 1000);
      expect((await fetch(u)).status).toBe(200);
      const forged = new URL(u);
      forged.searchParams.set('X-Expires', String(expires + 3600));
      expect((await fetch(forged)).status).toBe(403);
      const unsigned = new URL(u.pathname, api.url);
      expect((await fetch(unsigned)).status).toBe(403);
    }
    // A URL signed with the right secret but past its expiry is refused.
    const past = new LocalObjectStorage({ rootDir: path.join(dataDir, 'storage'), publicBaseUrl: '', secret: SECRET, now: () => Date.now() - 10 * 60 * 1000 });
    const stale = await past.presignGet(`media/${uuidOf(c)}/display.webp`, { expiresSeconds: 300 });
    const refused = await fetch(new URL(stale, api.url));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/expired/i);

    const [viewed] = await api.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'media.viewed' AND actor_id = (SELECT id FROM "user" WHERE email = 'partner.kenya@demo.portal') AND created_at >= $1 ORDER BY created_at DESC LIMIT 1`, [before]);
    expect(viewed.details).toEqual({ mediaIds: [uuidOf(c)], childIds: [expect.any(String)] });
  });
});
