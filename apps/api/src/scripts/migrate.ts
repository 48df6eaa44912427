import 'reflect-metadata';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { openDatabase } from '../db/open-database';

/** Applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger({ level: config.logLevel }));
  await db.close();
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
