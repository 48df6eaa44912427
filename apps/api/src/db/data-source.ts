import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

/** Counts SQL statements; tests read it to prove the DataLoader batching. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DataSourceOptions {
  url: string;
  queryCounter?: QueryCounter;
  poolSize?: number;
}

/** The one way to build a DataSource: migrations only, never `synchronize`. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: opts.queryCounter ? ['query'] : false,
    logger: opts.queryCounter,
    extra: { max: opts.poolSize ?? 10 },
  });
}
