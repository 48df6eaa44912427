import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { startTestApi, type TestApi } from '../../test/harness';
import { createMediaRuntime, type MediaRuntime } from './media-runtime';
import { mediaOf, uniquePhoto, uploadAs, uuidOf } from './feed.fixtures';
import { resetMediaState } from './media-test-setup';

const POST = `mutation($input: ProjectUpdatePostInput!) { projectUpdatePost(input: $input) { projectUpdate { id body project { code } photo { id thumbnailUrl } } userErrors { field code message } } }`;
const DELETE = `mutation($id: ID!) { projectUpdateDelete(input: { projectUpdateId: $id }) { projectUpdate { id } userErrors { field code } } }`;
const UPDATES = `query($projectId: ID) { projectUpdates(first: 100, projectId: $projectId) { totalCount nodes { id body authorName project { code } } } }`;
const FEED = `query($first: Int, $after: String) { sponsorFeed(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor startCursor }
  edges { cursor node { id kind occurredAt child { code photoUrl } project { code }
    photo { id thumbnailUrl displayUrl width height }
    letter { id body direction }
    projectUpdate { id body photo { id thumbnailUrl } } } } } }`;
const NEW_SINCE = `query($cursor: String!) { sponsorFeedNewSince(cursor: $cursor) }`;
const APPROVE = `mutation($ids: [ID!]!) { mediaApprove(input: { mediaIds: $ids }) { userErrors { message } } }`;

describe('project updates and the sponsor feed', () => {
  let api: TestApi;
  let media: MediaRuntime;
  let dataDir: string;
  const t: Record<string, string> = {};
  const child: Record<string, string> = {};
  const project: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'feed-test-'));
    const env = { DATA_DIR: dataDir, STORAGE_SECRET: 'a-test-secret-of-at-least-32-characters' };
    api = await startTestApi(env);
    // Other media test files leave uploads, photos and jobs behind.
    await resetMediaState(api);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, ...env });
    media = await createMediaRuntime({ config, log: createLogger({ level: 'silent', pretty: false }), dataSource: api.dataSource });
    const users = { kenya: 'partner.kenya', uganda: 'partner.uganda', anna: 'anna.miller', claire: 'claire.dubois', james: 'james.okoro', staff: 'reviewer' };
    for (const [k, u] of Object.entries(users)) t[k] = await api.signIn(`${u}@demo.portal`);
    const r = await api.gql('{ children(first: 100) { nodes { id code } } projects(first: 10) { nodes { id code } } }', {}, { token: t.staff });
    for (const n of r.data!.children.nodes) child[n.code] = n.id;
    for (const n of r.data!.projects.nodes) project[n.code] = n.id;
  });
  afterAll(async () => {
    await media.stop();
    await resetMediaState(api);
    await api.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function approvedPhotoOf(code: string): Promise<string> {
    const uploadId = await uploadAs(api, t.kenya, `${code}_visit.jpg`, uniquePhoto());
    await media.drain();
    const mediaId = await mediaOf(api, t.kenya, uploadId);
    expect((await api.gql(APPROVE, { ids: [mediaId] }, { token: t.staff })).data!.mediaApprove.userErrors).toEqual([]);
    return mediaId;
  }

  async function wholeFeed(token: string, pageSize: number) {
    const items: any[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const r: any = await api.gql(FEED, { first: pageSize, after }, { token });
      expect(r.errors).toBeUndefined();
      const c = r.data.sponsorFeed;
      items.push(...c.edges);
      if (!c.pageInfo.hasNextPage) return { items, totalCount: c.totalCount };
      after = c.pageInfo.endCursor;
    }
    throw new Error('feed did not end');
  }

  it("lets staff and the project's partner post updates, refusing others, and scopes who reads them", async () => {
    const sponsor = await api.gql(POST, { input: { projectId: project.KN, body: 'Hello' } }, { token: t.claire });
    expect(sponsor.errors![0].extensions!.code).toBe('FORBIDDEN');
    const otherPartner = await api.gql(POST, { input: { projectId: project.KN, body: 'Hello' } }, { token: t.uganda });
    expect(otherPartner.data!.projectUpdatePost.userErrors).toEqual([expect.objectContaining({ field: ['input', 'projectId'], code: 'INVALID' })]);
    const empty = await api.gql(POST, { input: { projectId: project.KN, body: '   ' } }, { token: t.kenya });
    expect(empty.data!.projectUpdatePost.userErrors[0]).toEqual(expect.objectContaining({ field: ['input', 'body'], code: 'REQUIRED' }));
    const long = await api.gql(POST, { input: { projectId: project.KN, body: 'x'.repeat(4001) } }, { token: t.kenya });
    expect(long.data!.projectUpdatePost.userErrors[0].field).toEqual(['input', 'body']);

    // A photo must be approved and of a child of that very project.
    const pendingUpload = await uploadAs(api, t.kenya, 'KN-0001 garden.jpg', uniquePhoto());
    await media.drain();
    const pending = await mediaOf(api, t.kenya, pendingUpload);
    const notYet = await api.gql(POST, { input: { projectId: project.KN, body: 'Garden', mediaId: pending } }, { token: t.kenya });
    expect(notYet.data!.projectUpdatePost.userErrors[0]).toEqual(expect.objectContaining({ field: ['input', 'mediaId'], message: expect.stringMatching(/approved/) }));
    const kePhoto = await approvedPhotoOf('KE-0006');
    const wrongProject = await api.gql(POST, { input: { projectId: project.KN, body: 'Garden', mediaId: kePhoto } }, { token: t.kenya });
    expect(wrongProject.data!.projectUpdatePost.userErrors[0].field).toEqual(['input', 'mediaId']);

    const posted = await api.gql(POST, { input: { projectId: project.KN, body: '  The new well is finished.  ' } }, { token: t.kenya });
    const update = posted.data!.projectUpdatePost;
    expect(update).toEqual({ projectUpdate: { id: expect.any(String), body: 'The new well is finished.', project: { code: 'KN' }, photo: null }, userErrors: [] });
    const byStaff = await api.gql(POST, { input: { projectId: project.UG, body: 'Exams are over.' } }, { token: t.staff });
    expect(byStaff.data!.projectUpdatePost.userErrors).toEqual([]);

    // Claire sponsors KN-0001 and UG children; James only KE and UG; Anna's children are not at KN.
    const ids = async (token: string) => (await api.gql(UPDATES, {}, { token })).data!.projectUpdates.nodes.map((n: any) => n.id);
    expect(await ids(t.claire)).toEqual(expect.arrayContaining([update.projectUpdate.id, byStaff.data!.projectUpdatePost.projectUpdate.id]));
    expect(await ids(t.anna)).not.toContain(update.projectUpdate.id);
    expect(await ids(t.uganda)).not.toContain(update.projectUpdate.id);
    expect(await ids(t.uganda)).toContain(byStaff.data!.projectUpdatePost.projectUpdate.id);
    const node = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: update.projectUpdate.id }, { token: t.james });
    expect(node.errors![0].extensions!.code).toBe('NOT_FOUND');
    const one = (await api.gql(UPDATES, { projectId: project.KN }, { token: t.claire })).data!.projectUpdates.nodes[0];
    expect(one).toEqual({ id: update.projectUpdate.id, body: 'The new well is finished.', authorName: 'Esther', project: { code: 'KN' } });
    const [{ n: audited }] = await api.dataSource.query(`SELECT COUNT(*)::int AS n FROM audit_event WHERE action = 'project_update.posted' AND target_id = $1`, [uuidOf(update.projectUpdate.id)]);
    expect(audited).toBe(1);

    // Only staff or the project's partner delete.
    expect((await api.gql(DELETE, { id: update.projectUpdate.id }, { token: t.uganda })).data!.projectUpdateDelete.userErrors[0].field).toEqual(['input', 'projectUpdateId']);
    expect((await api.gql(DELETE, { id: update.projectUpdate.id }, { token: t.claire })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(DELETE, { id: update.projectUpdate.id }, { token: t.kenya })).data!.projectUpdateDelete.userErrors).toEqual([]);
    expect(await ids(t.claire)).not.toContain(update.projectUpdate.id);
  });

  it("merges released photos, released replies and project updates newest first, paginated, with signed thumbnails", async () => {
    const photo4 = await approvedPhotoOf('KE-0004');
    const photo5 = await approvedPhotoOf('KE-0005');
    // A photo waiting for review never reaches the feed.
    const waiting = await uploadAs(api, t.kenya, 'KE-0004 waiting.jpg', uniquePhoto());
    await media.drain();
    const waitingId = await mediaOf(api, t.kenya, waiting);
    const reply = await api.gql(`mutation($input: RecordChildReplyInput!) { recordChildReply(input: $input) { letter { id } userErrors { message } } }`,
      { input: { childId: child['KE-0005'], body: 'Thank you for the football!' } }, { token: t.kenya });
    const letterId = reply.data!.recordChildReply.letter.id;
    // Not released yet: not in the feed.
    const beforeRelease = await wholeFeed(t.james, 50);
    expect(beforeRelease.items.map((e) => e.node.id)).not.toContain(letterId);
    await api.gql('mutation($id: ID!) { approveLetter(input: { letterId: $id }) { userErrors { message } } }', { id: letterId }, { token: t.staff });
    const withPhoto = await api.gql(POST, { input: { projectId: project.KE, body: 'Sports day!', mediaId: photo4 } }, { token: t.kenya });
    const updateId = withPhoto.data!.projectUpdatePost.projectUpdate.id;

    const { items, totalCount } = await wholeFeed(t.james, 2);
    const ids = items.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(totalCount).toBe(items.length);
    expect(ids).toEqual(expect.arrayContaining([photo4, photo5, letterId, updateId]));
    expect(ids).not.toContain(waitingId);
    const times = items.map((e) => Date.parse(e.node.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Newest first: the update was posted last, after the reply was released, after the photos.
    expect(ids.indexOf(updateId)).toBeLessThan(ids.indexOf(letterId));
    expect(ids.indexOf(letterId)).toBeLessThan(ids.indexOf(photo5));
    expect(ids.indexOf(photo5)).toBeLessThan(ids.indexOf(photo4));

    const p = items.find((e) => e.node.id === photo5).node;
    expect(p).toMatchObject({ kind: 'PHOTO', child: { code: 'KE-0005' }, project: { code: 'KE' }, letter: null, projectUpdate: null });
    for (const url of [p.photo.thumbnailUrl, p.photo.displayUrl]) {
      const got = await fetch(new URL(url, api.url));
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toMatch(/webp/);
    }
    expect(p.child.photoUrl).toMatch(/thumbnail\.webp/);
    const l = items.find((e) => e.node.id === letterId).node;
    expect(l).toMatchObject({ kind: 'LETTER', child: { code: 'KE-0005' }, project: { code: 'KE' }, photo: null, letter: { body: 'Thank you for the football!', direction: 'CHILD_TO_SPONSOR' } });
    const u = items.find((e) => e.node.id === updateId).node;
    expect(u).toMatchObject({ kind: 'PROJECT_UPDATE', child: null, project: { code: 'KE' }, projectUpdate: { body: 'Sports day!', photo: { id: photo4 } } });

    // Every URL handed out was audited, one row per request, listing the photos.
    const [viewed] = await api.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'media.viewed' AND actor_id = (SELECT id FROM "user" WHERE email = 'james.okoro@demo.portal') ORDER BY created_at DESC LIMIT 1`,
    );
    expect(viewed.details.mediaIds.length).toBeGreaterThan(0);

    // The app asks how many items arrived since the newest one it shows.
    const first = (await api.gql(FEED, { first: 1 }, { token: t.james })).data!.sponsorFeed;
    const since = first.pageInfo.startCursor;
    expect((await api.gql(NEW_SINCE, { cursor: since }, { token: t.james })).data!.sponsorFeedNewSince).toBe(0);
    await approvedPhotoOf('KE-0004');
    await api.gql(POST, { input: { projectId: project.KE, body: 'Rain at last.' } }, { token: t.staff });
    expect((await api.gql(NEW_SINCE, { cursor: since }, { token: t.james })).data!.sponsorFeedNewSince).toBe(2);
    expect((await api.gql(NEW_SINCE, { cursor: 'garbage' }, { token: t.james })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(NEW_SINCE, { cursor: since }, { token: t.staff })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("shows other sponsors neither the children's photos nor their letters, only their own projects' updates", async () => {
    const { items } = await wholeFeed(t.anna, 100);
    const james = await wholeFeed(t.james, 100);
    const jamesOwn = new Set(james.items.filter((e) => e.node.kind !== 'PROJECT_UPDATE').map((e) => e.node.id));
    expect(items.filter((e) => jamesOwn.has(e.node.id))).toEqual([]);
    for (const e of items) {
      if (e.node.child) expect(['KE-0001', 'KE-0002', 'UG-0001']).toContain(e.node.child.code);
      else expect(['KE', 'UG']).toContain(e.node.project.code);
    }
    const notShared = james.items.find((e) => e.node.kind === 'PHOTO' && e.node.child.code === 'KE-0005').node.id;
    expect((await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: notShared }, { token: t.anna })).errors![0].extensions!.code).toBe('NOT_FOUND');
    // A project update showing a photo of James's child KE-0004: James sees the photo; Anna, who sponsors other
    // children of the same project, sees the update but never the photo — not in the feed, by ID, nor its URLs.
    const sharedUpdate = james.items.find((e) => e.node.kind === 'PROJECT_UPDATE' && e.node.projectUpdate.photo).node;
    const shared = sharedUpdate.projectUpdate.photo.id;
    const annaUpdate = items.find((e) => e.node.id === sharedUpdate.id);
    expect(annaUpdate.node).toMatchObject({ kind: 'PROJECT_UPDATE', project: { code: 'KE' }, projectUpdate: { body: 'Sports day!', photo: null } });
    expect((await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: shared }, { token: t.anna })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const annaUpdates = await api.gql('{ projectUpdates(first: 100) { nodes { id photo { id thumbnailUrl displayUrl } } } }', {}, { token: t.anna });
    expect(annaUpdates.data!.projectUpdates.nodes.find((n: any) => n.id === sharedUpdate.id)).toEqual({ id: sharedUpdate.id, photo: null });
    const [annaViews] = await api.dataSource.query(
      `SELECT COUNT(*)::int AS n FROM audit_event WHERE action = 'media.viewed' AND actor_id = (SELECT id FROM "user" WHERE email = 'anna.miller@demo.portal') AND details->'mediaIds' ? $1`, [uuidOf(shared)],
    );
    expect(annaViews.n).toBe(0);
    // Her own children's photo lists never include it either.
    const annaPhotos = await api.gql('{ mediaFeed(first: 100) { nodes { id child { code } } } }', {}, { token: t.anna });
    expect(annaPhotos.data!.mediaFeed.nodes.map((n: any) => n.id)).not.toContain(shared);
    expect(annaPhotos.data!.mediaFeed.nodes.every((n: any) => ['KE-0001', 'KE-0002', 'UG-0001'].includes(n.child?.code))).toBe(true);
    // A sponsor sees a child's photo URL only for children they sponsor.
    const kids = await api.gql('{ children(first: 100) { nodes { code photoUrl } } }', {}, { token: t.claire });
    expect(kids.data!.children.nodes.every((c: any) => c.photoUrl === null)).toBe(true);
    const staffKids = await api.gql('{ children(first: 100) { nodes { code photoUrl } } }', {}, { token: t.staff });
    expect(staffKids.data!.children.nodes.find((c: any) => c.code === 'KE-0005').photoUrl).toMatch(/thumbnail\.webp/);
  });
});
