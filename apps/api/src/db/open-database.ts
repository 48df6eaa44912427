import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '@portal/config';
import type { Logger } from '@portal/logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PGlite in DATA_DIR, and applies pending migrations. */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const dir = path.join(config.dataDir, 'pgdata');
    embedded = await startEmbeddedPostgres(dir);
    url = embedded.url;
    log.info({ dir }, 'embedded PostgreSQL (PGlite) started');
  }
  const dataSource = createDataSource({ url });
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
