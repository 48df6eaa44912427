import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createDataSource } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

/**
 * Writes a migration with the SQL that brings a database at the latest migration up to the entities.
 * Usage: pnpm --filter @portal/api run db:migration:generate <Name>  (uses an in-memory PGlite).
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give a PascalCase migration name');
  const pg = await startEmbeddedPostgres(null);
  const ds = createDataSource({ url: pg.url });
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  await pg.stop();
  if (sql.upQueries.length === 0) {
    process.stdout.write('Entities and migrations agree: nothing to generate.\n');
    return;
  }
  const ts = Date.now();
  const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
  const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((x) => `    await queryRunner.query(${q(x.query)});`)
    .join('\n');
  const file = path.join(__dirname, '../../src/db/migrations', `${ts}-${name}.ts`);
  fs.writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  process.stdout.write(`Wrote ${file}\nAdd it to src/db/migrations/index.ts.\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
