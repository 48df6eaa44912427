// Gives the integration tests an empty database: the one in DATABASE_URL (CI: the machine's
// PostgreSQL 15), or an in-memory embedded PGlite served on loopback when DATABASE_URL is unset.
import pg from 'pg';

export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 30 });
    await server.start();
    const { port } = server.server.address();
    process.env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    process.env.TEST_DATABASE_KIND = 'embedded PGlite';
    globalThis.__EMBEDDED_PG__ = { db, server };
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
