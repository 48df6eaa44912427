// Gives the integration tests an empty database: the one in DATABASE_URL (CI: the machine's
// PostgreSQL 15), or an in-memory embedded PGlite served on loopback when DATABASE_URL is unset.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import pg from 'pg';

const require = createRequire(import.meta.url);
const EMBEDDED = new URL('../apps/api/dist/db/embedded-postgres.js', import.meta.url);

export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    if (!fs.existsSync(EMBEDDED)) throw new Error('apps/api is not built: run `pnpm test` (it builds first) or `pnpm build`.');
    // The same embedded server the portal runs, with its fix for concurrent connections.
    const { startEmbeddedPostgres } = require(EMBEDDED.pathname);
    const embedded = await startEmbeddedPostgres(null);
    process.env.DATABASE_URL = embedded.url;
    process.env.TEST_DATABASE_KIND = 'embedded PGlite';
    globalThis.__EMBEDDED_PG__ = embedded;
  } else {
    process.env.TEST_DATABASE_KIND = 'PostgreSQL';
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
  const { rows } = await client.query('SHOW server_version');
  await client.end();
  process.stdout.write(`\nIntegration database: ${process.env.TEST_DATABASE_KIND} ${rows[0].server_version}\n`);
}
