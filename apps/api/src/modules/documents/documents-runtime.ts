import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Config } from '@portal/config';
import type { Logger } from '@portal/logger';
import type { ObjectStorage } from '@portal/storage';
import type { AppServices } from '../../graphql/context';
import { notifySettings } from '../notifications/notifications.service';
import { buildPersonalArchive, markArchiveFailed } from './archive-builder';

export const BUILD_ARCHIVE = 'documents-build-archive';
/** Dead-letter queue: an archive whose retries are spent is marked FAILED, so the sponsor may ask again. */
export const BUILD_ARCHIVE_FAILED = 'documents-build-archive-failed';

type JobData = { archiveId: string; includePhotos?: boolean };

/** The background side of the documents module: the personal-archive job queue (pg-boss). */
export interface DocumentsRuntime {
  /** Queues the build of an archive (never inside a transaction: the queue has its own connections). */
  enqueueArchive(archiveId: string, includePhotos: boolean): Promise<void>;
  /** Runs every queued archive job in this process; resolves with how many ran (tests). */
  drain(): Promise<number>;
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

function newBoss(config: Config, dataSource: DataSource): PgBoss {
  const options = dataSource.options as { url?: string };
  return new PgBoss({ connectionString: options.url ?? config.databaseUrl ?? undefined, max: 2, supervise: false, schedule: false });
}

export async function createDocumentsRuntime(deps: { config: Config; log: Logger; dataSource: DataSource; storage: ObjectStorage }): Promise<DocumentsRuntime> {
  const log = deps.log.child({ module: 'documents' });
  const archiveDeps = { dataSource: deps.dataSource, storage: deps.storage, log, notifySettings: notifySettings(deps.config) };
  const boss = newBoss(deps.config, deps.dataSource);
  boss.on('error', (err) => log.error({ err }, 'documents queue error'));
  await boss.start();
  await boss.createQueue(BUILD_ARCHIVE_FAILED);
  await boss.createQueue(BUILD_ARCHIVE);
  let worker: PgBoss | null = null;

  const run = async (name: string, data: JobData): Promise<void> => {
    if (name === BUILD_ARCHIVE) await buildPersonalArchive(archiveDeps, data.archiveId, { includePhotos: data.includePhotos !== false });
    if (name === BUILD_ARCHIVE_FAILED) await markArchiveFailed(deps.dataSource, data.archiveId, 'The archive could not be built; please ask again.');
  };

  return {
    async enqueueArchive(archiveId, includePhotos) {
      await boss.send(BUILD_ARCHIVE, { archiveId, includePhotos }, { singletonKey: archiveId, retryLimit: 2, retryDelay: 30, retryBackoff: true, deadLetter: BUILD_ARCHIVE_FAILED });
    },
    async drain() {
      let ran = 0;
      for (const name of [BUILD_ARCHIVE, BUILD_ARCHIVE_FAILED]) {
        for (;;) {
          const jobs = await boss.fetch<JobData>(name, { batchSize: 5 });
          if (jobs.length === 0) break;
          for (const job of jobs) {
            try {
              await run(name, job.data);
              await boss.complete(name, job.id);
            } catch (err) {
              log.error({ err, job: job.id }, 'documents job failed');
              await boss.fail(name, job.id, { message: err instanceof Error ? err.message : String(err) });
            }
            ran += 1;
          }
        }
      }
      return ran;
    },
    async startWorker() {
      worker = newBoss(deps.config, deps.dataSource);
      worker.on('error', (err) => log.error({ err }, 'documents worker error'));
      await worker.start();
      // One archive at a time per process: each streams many files from storage.
      await worker.work<JobData>(BUILD_ARCHIVE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => run(BUILD_ARCHIVE, job.data));
      await worker.work<JobData>(BUILD_ARCHIVE_FAILED, async ([job]) => run(BUILD_ARCHIVE_FAILED, job.data));
    },
    async stop() {
      await worker?.stop({ graceful: true, wait: true, timeout: 10_000 });
      await boss.stop({ graceful: false, wait: true });
    },
  };
}

// Keyed by the app's shared services, so resolvers reach the runtime through ctx without a global.
const runtimes = new WeakMap<AppServices, DocumentsRuntime>();

export function attachDocumentsRuntime(services: AppServices, runtime: DocumentsRuntime): void {
  runtimes.set(services, runtime);
}

export function documentsRuntime(services: AppServices): DocumentsRuntime {
  const runtime = runtimes.get(services);
  if (!runtime) throw new Error('documents runtime not attached to the app services');
  return runtime;
}
