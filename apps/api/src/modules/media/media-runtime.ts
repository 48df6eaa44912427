import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Config } from '@portal/config';
import type { Logger } from '@portal/logger';
import { createLocalStorageHandler, type ObjectStorage } from '@portal/storage';
import type { AppServices } from '../../graphql/context';
import { deleteExpiredOriginals, expireAbandonedUploads, markProcessingFailed, processUpload } from './media-processing';
import { openMediaStorage } from './media-storage';

export const PROCESS_UPLOAD = 'media-process-upload';
export const DELETE_ORIGINALS = 'media-delete-originals';
/** Aborts uploads whose file never fully arrived (open multipart uploads hold storage until aborted). */
export const EXPIRE_UPLOADS = 'media-expire-abandoned-uploads';
/** Dead-letter queue: pg-boss moves a processing job here once its retries are spent (or it kept expiring). */
export const PROCESS_FAILED = 'media-process-failed';

type Handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: (e?: unknown) => void) => void;

/** Object storage and the job queue (pg-boss, in the same PostgreSQL) of the media pipeline. */
export interface MediaRuntime {
  storage: ObjectStorage;
  /** Serves local presigned URLs at /storage/; a pass-through with S3. */
  storageHandler: Handler;
  /** Queues processing of an upload (never inside a transaction: the queue has its own connections). */
  enqueue(uploadId: string): Promise<void>;
  /** Processes every job due now (retries wait for their backoff), in this process; resolves with how many ran (tests, scripts). */
  drain(): Promise<number>;
  /** Queues a deletion of expired originals now, as the daily schedule does. */
  enqueueRetention(): Promise<void>;
  /** Queues the expiry of abandoned uploads now, as the hourly schedule does. */
  enqueueUploadExpiry(): Promise<void>;
  /** Starts polling workers, the daily deletion of expired originals and the hourly expiry of abandoned uploads. */
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

export interface MediaRuntimeDeps {
  config: Config;
  log: Logger;
  dataSource: DataSource;
  /** Retries of a failed processing job, with exponential backoff from `delaySeconds` (jittered by pg-boss). */
  retry?: { limit: number; delaySeconds: number };
}

// Retries after ~30–60 s, 1–2 min and 2–4 min: long enough for a restarted storage or database to return.
const DEFAULT_RETRY = { limit: 3, delaySeconds: 30 };

type JobData = { uploadId?: string };
type JobOutput = { message?: string } | null;

function newBoss(config: Config, dataSource: DataSource, worker: boolean): PgBoss {
  const options = dataSource.options as { url?: string };
  return new PgBoss({
    connectionString: options.url ?? config.databaseUrl ?? undefined,
    max: 2,
    supervise: worker,
    schedule: worker,
    retryLimit: 3,
    retryBackoff: true,
  });
}

export async function createMediaRuntime({ config, log, dataSource, retry = DEFAULT_RETRY }: MediaRuntimeDeps): Promise<MediaRuntime> {
  const { storage, local } = await openMediaStorage(config);
  const deps = { dataSource, storage, log: log.child({ module: 'media' }) };
  const boss = newBoss(config, dataSource, false);
  boss.on('error', (err) => deps.log.error({ err }, 'media queue error'));
  await boss.start();
  await boss.createQueue(PROCESS_FAILED);
  await boss.createQueue(PROCESS_UPLOAD);
  await boss.createQueue(DELETE_ORIGINALS);
  await boss.createQueue(EXPIRE_UPLOADS);
  let worker: PgBoss | null = null;

  const run = async (name: string, data: JobData, job?: { output?: JobOutput; retryLimit?: number }): Promise<void> => {
    if (name === PROCESS_UPLOAD && data.uploadId) await processUpload(deps, data.uploadId);
    if (name === PROCESS_FAILED && data.uploadId) {
      await markProcessingFailed(deps, data.uploadId, (job?.retryLimit ?? retry.limit) + 1, job?.output?.message ?? 'the job stopped without an error (it timed out)');
    }
    if (name === DELETE_ORIGINALS) {
      const n = await deleteExpiredOriginals(deps, config.mediaOriginalRetentionDays);
      if (n) deps.log.info({ deleted: n }, 'expired originals deleted');
    }
    if (name === EXPIRE_UPLOADS) {
      const n = await expireAbandonedUploads(deps, config.mediaAbandonedUploadHours);
      if (n) deps.log.info({ expired: n }, 'abandoned uploads expired');
    }
  };

  return {
    storage,
    storageHandler: local ? createLocalStorageHandler(local) : (_req, _res, next) => next?.(),
    async enqueue(uploadId) {
      await boss.send(PROCESS_UPLOAD, { uploadId }, {
        singletonKey: uploadId, retryLimit: retry.limit, retryDelay: retry.delaySeconds, retryBackoff: true, deadLetter: PROCESS_FAILED,
      });
    },
    async enqueueRetention() {
      await boss.send(DELETE_ORIGINALS, {});
    },
    async enqueueUploadExpiry() {
      await boss.send(EXPIRE_UPLOADS, {});
    },
    async drain() {
      let ran = 0;
      for (const name of [PROCESS_UPLOAD, PROCESS_FAILED, DELETE_ORIGINALS, EXPIRE_UPLOADS]) {
        for (;;) {
          const jobs = await boss.fetch<JobData>(name, { batchSize: 10, includeMetadata: true });
          if (jobs.length === 0) break;
          for (const job of jobs) {
            try {
              await run(name, job.data, job as { output?: JobOutput; retryLimit?: number });
              await boss.complete(name, job.id);
            } catch (err) {
              deps.log.error({ err, job: job.id }, 'media job failed');
              await boss.fail(name, job.id, { message: err instanceof Error ? err.message : String(err) });
            }
            ran += 1;
          }
        }
      }
      return ran;
    },
    async startWorker() {
      worker = newBoss(config, dataSource, true);
      worker.on('error', (err) => deps.log.error({ err }, 'media worker error'));
      await worker.start();
      // One file at a time per process: sharp is single-threaded here and decoding is memory-heavy.
      await worker.work<JobData>(PROCESS_UPLOAD, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => run(PROCESS_UPLOAD, job.data));
      await worker.work<JobData>(PROCESS_FAILED, { includeMetadata: true }, async ([job]) => run(PROCESS_FAILED, job.data, job as { output?: JobOutput; retryLimit?: number }));
      await worker.work(DELETE_ORIGINALS, async () => run(DELETE_ORIGINALS, {}));
      await worker.schedule(DELETE_ORIGINALS, '17 3 * * *');
      await worker.work(EXPIRE_UPLOADS, async () => run(EXPIRE_UPLOADS, {}));
      // Hourly: an abandoned upload lives at most maxAge + 1 h.
      await worker.schedule(EXPIRE_UPLOADS, '41 * * * *');
    },
    async stop() {
      await worker?.stop({ graceful: true, wait: true, timeout: 10_000 });
      await boss.stop({ graceful: false, wait: true });
    },
  };
}

// Keyed by the app's shared services, so resolvers reach the runtime through ctx without a global.
const runtimes = new WeakMap<AppServices, MediaRuntime>();

export function attachMediaRuntime(services: AppServices, runtime: MediaRuntime): void {
  runtimes.set(services, runtime);
}

export function mediaRuntime(services: AppServices): MediaRuntime {
  const runtime = runtimes.get(services);
  if (!runtime) throw new Error('media runtime not attached to the app services');
  return runtime;
}
