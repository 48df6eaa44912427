import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { startTestApi, type TestApi } from '../../test/harness';
import { createMediaRuntime, PROCESS_UPLOAD, type MediaRuntime } from './media-runtime';
import { resetMediaState } from './media-test-setup';

const FIXTURES = path.join(__dirname, '../../../../../packages/images/fixtures');
const CREATE = `mutation($input: UploadCreateInput!) { uploadCreate(input: $input) { upload { id } url method headers userErrors { message } } }`;
const STATE = `query($id: ID!) { node(id: $id) { ... on Upload { status reason } } }`;

describe('media jobs: retries with backoff, failure for good with a reason, retention of originals', () => {
  let api: TestApi;
  let media: MediaRuntime;
  let dataDir: string;
  let kenya: string;

  /** A stored original queued on the test runtime (its retry settings, not the app's). */
  async function queued(fileName: string, bytes: Buffer): Promise<{ gid: string; id: string; key: string }> {
    const c = (await api.gql(CREATE, { input: { fileName, contentType: 'image/jpeg', byteSize: bytes.length } }, { token: kenya })).data!.uploadCreate;
    expect((await fetch(new URL(c.url, api.url), { method: c.method, headers: c.headers, body: bytes })).status).toBe(200);
    const id = Buffer.from(c.upload.id, 'base64url').toString('utf8').split(':')[1];
    await api.dataSource.query(`UPDATE upload SET status = 'QUEUED' WHERE id = $1`, [id]);
    await media.enqueue(id);
    return { gid: c.upload.id, id, key: `uploads/${id}/original` };
  }
  const status = async (gid: string) => (await api.gql(STATE, { id: gid }, { token: kenya })).data!.node;
  const job = async (uploadId: string) =>
    (await api.dataSource.query(`SELECT state, retry_count AS "retryCount", start_after > now() AS "waiting" FROM pgboss.job WHERE name = $1 AND data->>'uploadId' = $2`, [PROCESS_UPLOAD, uploadId]))[0];
  /** Drains until the upload leaves QUEUED (a retry becomes due only after its backoff), at most ~15 s. */
  async function drainUntilSettled(gid: string): Promise<void> {
    for (let i = 0; i < 60; i++) {
      await media.drain();
      if ((await status(gid)).status !== 'QUEUED') return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the upload stayed QUEUED');
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'media-retry-test-'));
    const env = { DATA_DIR: dataDir, STORAGE_SECRET: 'a-test-secret-of-at-least-32-characters', MEDIA_ORIGINAL_RETENTION_DAYS: '2' };
    api = await startTestApi(env);
    // Other media test files leave uploads, photos and jobs behind.
    await resetMediaState(api);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, ...env });
    media = await createMediaRuntime({ config, log: createLogger({ level: 'silent', pretty: false }), dataSource: api.dataSource, retry: { limit: 1, delaySeconds: 1 } });
    await media.drain();
    kenya = await api.signIn('partner.kenya@demo.portal');
  });
  afterAll(async () => {
    await media.stop();
    await resetMediaState(api);
    await api.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('retries a failed job after a backoff and succeeds when the cause is gone', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'orientation-landscape_3.jpg'));
    const u = await queued('KE-0007 garden.jpg', bytes);
    // Storage loses the file for a while: the first attempt fails.
    await media.storage.deleteObject(u.key);
    expect(await media.drain()).toBe(1);
    expect(await job(u.id)).toEqual({ state: 'retry', retryCount: 0, waiting: true });
    // Not due yet: the retry waits for its backoff.
    await media.drain();
    expect((await status(u.gid)).status).toBe('QUEUED');
    expect((await job(u.id)).state).toBe('retry');

    await media.storage.putObject(u.key, bytes, { contentType: 'image/jpeg' });
    await drainUntilSettled(u.gid);
    expect(await status(u.gid)).toEqual(expect.objectContaining({ status: 'MATCHED' }));
    expect((await job(u.id)).state).toBe('completed');
  });

  it('marks a file that keeps failing FAILED with its reason once the retries are spent', async () => {
    const u = await queued('KE-0008 visit.jpg', fs.readFileSync(path.join(FIXTURES, 'orientation-portrait_3.jpg')));
    await media.storage.deleteObject(u.key);
    expect(await media.drain()).toBe(1);
    expect((await status(u.gid)).status).toBe('QUEUED');
    await drainUntilSettled(u.gid);
    const after = await status(u.gid);
    expect(after.status).toBe('FAILED');
    expect(after.reason).toMatch(/^Could not be processed after 2 attempts \(last error: .*No object at key/);
    expect((await job(u.id)).state).toBe('failed');
  });

  it('the retention job deletes originals processed longer ago than MEDIA_ORIGINAL_RETENTION_DAYS and keeps the rest', async () => {
    const old = await queued('KE-0009 old.jpg', fs.readFileSync(path.join(FIXTURES, 'orientation-landscape_4.jpg')));
    const recent = await queued('KE-0010 recent.jpg', fs.readFileSync(path.join(FIXTURES, 'orientation-landscape_5.jpg')));
    await media.drain();
    expect([(await status(old.gid)).status, (await status(recent.gid)).status]).toEqual(['MATCHED', 'MATCHED']);
    await api.dataSource.query(`UPDATE upload SET processed_at = now() - interval '3 days' WHERE id = $1`, [old.id]);
    await api.dataSource.query(`UPDATE upload SET processed_at = now() - interval '1 day' WHERE id = $1`, [recent.id]);
    await media.enqueueRetention();
    await media.drain();
    expect(await media.storage.statObject(old.key)).toBeNull();
    expect(await media.storage.statObject(recent.key)).not.toBeNull();
    const rows = await api.dataSource.query(`SELECT id, original_key AS "originalKey", media_id IS NOT NULL AS "hasMedia" FROM upload WHERE id = ANY($1) ORDER BY file_name`, [[old.id, recent.id]]);
    expect(rows).toEqual([
      { id: old.id, originalKey: null, hasMedia: true },
      { id: recent.id, originalKey: recent.key, hasMedia: true },
    ]);
    // The worker schedules the same job daily.
    await media.startWorker();
    const [schedule] = await api.dataSource.query(`SELECT cron FROM pgboss.schedule WHERE name = 'media-delete-originals'`);
    expect(schedule.cron).toBe('17 3 * * *');
  });
});
