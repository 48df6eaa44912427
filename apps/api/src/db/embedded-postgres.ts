import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { PGlite as PGliteType } from '@electric-sql/pglite';
import type { PGLiteSocketServer as SocketServerType } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(err: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGliteType;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

// Extended-query protocol messages: Parse, Bind, Describe, Execute, Close, Flush. A client's run of
// them only ends with Sync; until then another client's messages must not slip in between.
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/**
 * pglite-socket 0.2.17 queues each protocol message on its own, so with several connections one
 * client's Parse can be followed by another client's Bind on the single PGlite backend ("bind
 * message supplies 5 parameters, but prepared statement requires 1"), and after one failed
 * message its queue stops for good. This keeps each client's extended-protocol run together (as
 * it already does for transactions) and keeps the queue going after an error.
 */
export function keepProtocolRunsTogether(server: SocketServerType): void {
  const q = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let midRun: number | null = null;
  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (handlerId: number) => {
    if (midRun === handlerId) midRun = null;
    clear(handlerId);
  };
  q.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const pinned = midRun ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = pinned === null ? 0 : this.queue.findIndex((m) => m.handlerId === pinned);
        // The pinned client's next message has not arrived yet: wait for it (enqueue restarts us).
        if (index === -1) break;
        const item = this.queue.splice(index, 1)[0];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (err) {
          midRun = null;
          item.reject(err);
          continue;
        }
        midRun = EXTENDED.has(item.message[0]) ? item.handlerId : null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}

/**
 * Starts PGlite (Postgres in WebAssembly) on a data folder and serves it over the Postgres wire protocol
 * on loopback, so `pg` and TypeORM work exactly as against a real server. `dataDir` null keeps it in memory.
 */
export async function startEmbeddedPostgres(dataDir: string | null, port = 0): Promise<EmbeddedPostgres> {
  // require, not import(): both packages ship CommonJS, and jest's module sandbox has no import().
  const { PGlite } = require('@electric-sql/pglite') as { PGlite: typeof PGliteType };
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket') as { PGLiteSocketServer: typeof SocketServerType };
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined);
  // The pool opens several connections; PGlite serializes their queries itself.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 40 });
  keepProtocolRunsTogether(server);
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
