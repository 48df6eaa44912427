import fs from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (Postgres in WebAssembly) on a data folder and serves it over the Postgres wire protocol
 * on loopback, so `pg` and TypeORM work exactly as against a real server. `dataDir` null keeps it in memory.
 */
export async function startEmbeddedPostgres(dataDir: string | null, port = 0): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined);
  // The pool opens several connections; PGlite serializes their queries itself.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 20 });
  await server.start();
  const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${address.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
