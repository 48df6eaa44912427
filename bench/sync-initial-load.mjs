// Benchmark, not a test: the sync's initial load of 100,000 Contacts from the Salesforce sandbox into
// the portal (records per second, peak memory of the syncing process), then outbound records per API call.
// Run after building:  pnpm bench:sync  [contacts=100000] [outbound=5000]
// The portal database is BENCH_DATABASE_URL (its public schema is DROPPED and rebuilt), or an
// in-memory embedded PGlite when unset (the default deployment, and much slower under load).
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const api = (p) => require(`../apps/api/dist/${p}`);
const { createDataSource } = api('db/data-source.js');
const { startEmbeddedPostgres } = api('db/embedded-postgres.js');
const { connectSalesforce } = api('modules/sync/jsforce-client.js');
const { SyncRunner } = api('modules/sync/sync-runner.js');
const { mappingByName } = api('modules/sync/sync-mapping.js');
const { createLogger } = require('../packages/logger/dist/index.js');

const contacts = Number(process.argv[2] ?? 100_000);
const outbound = Number(process.argv[3] ?? 5_000);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Salesforce in a child process: its records do not count against the sync's memory.
const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'sync-sandbox-child.mjs'), [String(contacts)]);
const ask = (question) =>
  new Promise((resolve) => {
    child.once('message', resolve);
    child.send(question);
  });
const org = await new Promise((resolve) => child.once('message', resolve));
console.log(`sandbox: ${contacts.toLocaleString('en')} Contacts created in ${(org.seededMs / 1000).toFixed(1)} s (child process)`);

let embedded = null;
let url = process.env.BENCH_DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedPostgres(null);
  url = embedded.url;
}
const dataSource = createDataSource({ url });
await dataSource.initialize();
if (process.env.BENCH_DATABASE_URL) {
  await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
  await dataSource.query('CREATE SCHEMA public');
}
await dataSource.runMigrations();
console.log(`portal database: ${embedded ? 'embedded PGlite (in this process)' : 'PostgreSQL (BENCH_DATABASE_URL)'}`);

const port = await connectSalesforce({ kind: 'password', ...org });
const log = createLogger({ level: 'silent', pretty: false });
const runner = new SyncRunner({ dataSource, log, salesforce: port, options: { mappings: [mappingByName('sponsor')], pageSize: 2000, retryBaseMs: 0 } });

// Peak resident memory of this process, sampled while the load runs.
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const usedBefore = (await ask('usage')).used;
const started = process.hrtime.bigint();
const report = await runner.runOnce();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
clearInterval(sampler);
const usedAfter = (await ask('usage')).used;
const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "user" WHERE salesforce_id IS NOT NULL`);
const sponsor = report.objects[0];
console.log(`\ninitial load (Contact → user, ${sponsor.applied.toLocaleString('en')} applied, ${n.toLocaleString('en')} linked, error: ${sponsor.error ?? 'none'})`);
console.log(`  ${seconds.toFixed(1)} s, ${Math.round(n / seconds).toLocaleString('en')} records/s, ${usedAfter - usedBefore} API calls`);
console.log(`  peak RSS ${mb(peak)} (baseline ${mb(baseline)}, +${mb(peak - baseline)})`);

// Outbound: portal-born letters through the outbox, batched in sObject Collections.
await dataSource.query(
  `INSERT INTO sync_outbox (id, entity_type, entity_id, operation, payload)
   SELECT gen_random_uuid(), 'letter', id, 'UPSERT', jsonb_build_object('body', 'Bench letter ' || ord, 'language', 'en', 'status', 'SUBMITTED', 'direction', 'SPONSOR_TO_CHILD')
   FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)`,
  [Array.from({ length: outbound }, () => randomUUID())],
);
const outBefore = (await ask('usage')).used;
const outStarted = process.hrtime.bigint();
// Time spent inside Salesforce calls, to tell it apart from the portal's own bookkeeping.
let inCalls = 0;
const timedPort = Object.assign(Object.create(Object.getPrototypeOf(port)), port, {
  async upsert(...args) {
    const t = process.hrtime.bigint();
    try {
      return await port.upsert(...args);
    } finally {
      inCalls += Number(process.hrtime.bigint() - t) / 1e9;
    }
  },
});
const pusher = new SyncRunner({ dataSource, log, salesforce: timedPort });
const sent = await pusher.flushOutbox();
const outSeconds = Number(process.hrtime.bigint() - outStarted) / 1e9;
const calls = (await ask('usage')).used - outBefore;
const { letters } = await ask('count');
console.log(`\noutbound (${outbound.toLocaleString('en')} letters through the outbox; sent ${sent.sent}, dead ${sent.dead}; ${letters} in Salesforce)`);
console.log(`  ${calls} API calls, ${(sent.sent / Math.max(calls, 1)).toFixed(0)} records per call, ${outSeconds.toFixed(1)} s, ${Math.round(sent.sent / outSeconds).toLocaleString('en')} records/s (${inCalls.toFixed(1)} s inside Salesforce calls)`);

await runner.stop();
await dataSource.destroy();
await embedded?.stop();
child.send('stop');
