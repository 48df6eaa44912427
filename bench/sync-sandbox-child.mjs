// The Salesforce side of bench/sync-initial-load.mjs, in its own process so the sync's memory is
// measured alone: a sandbox holding N Contacts, answering the parent's questions over IPC.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startSalesforceSandbox } = require('../packages/salesforce-sandbox/dist/index.js');

const contacts = Number(process.argv[2] ?? 100_000);
const sandbox = await startSalesforceSandbox({ port: 0, seed: false, dailyApiRequests: 10_000_000, sessionTimeoutMs: 24 * 3600_000 });
const started = Date.now();
sandbox.store.transaction(() => {
  for (let i = 0; i < contacts; i += 1) {
    sandbox.store.create('Contact', { FirstName: `Bench${i}`, LastName: `Sponsor ${i % 997}`, Email: `bench.sponsor.${i}@example.org` });
  }
});
process.send({
  ready: true,
  seededMs: Date.now() - started,
  loginUrl: sandbox.loginUrl,
  clientId: sandbox.clientId,
  clientSecret: sandbox.clientSecret,
  username: sandbox.username,
  password: sandbox.password,
});
process.on('message', (m) => {
  if (m === 'usage') process.send({ used: sandbox.usage.used });
  if (m === 'count') process.send({ letters: sandbox.store.records('Letter__c').length });
  if (m === 'stop') void sandbox.stop().then(() => process.exit(0));
});
// The parent went away (finished, failed or was stopped): so does the sandbox.
process.on('disconnect', () => process.exit(0));
