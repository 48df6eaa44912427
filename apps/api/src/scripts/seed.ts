import 'reflect-metadata';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { openDatabase } from '../db/open-database';
import { seedDemoData } from '../modules/seed/demo-seed';

/** Seeds the demo NGO into an empty database (a no-op when people already exist). */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const db = await openDatabase(config, log);
  const seeded = await seedDemoData(db.dataSource, config.demoPassword);
  log.info({ seeded }, seeded ? 'demo data seeded' : 'database not empty: nothing seeded');
  await db.close();
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
