import { randomUUID } from 'node:crypto';
import { startSalesforceSandbox, type SalesforceSandbox } from '@portal/salesforce-sandbox';
import { createLogger } from '@portal/logger';
import { startTestApi, type TestApi } from '../../test/harness';
import { toGlobalId } from '../../graphql/global-id';
import { connectSalesforce } from './jsforce-client';
import type { SalesforcePort } from './salesforce-port';
import { SYNC_LEADER_LOCK_KEY, SyncRunner, type SyncRunnerOptions } from './sync-runner';
import { alignSandboxWithPortal, hookedPort, resetSyncState, type PortHooks } from './sync-test-setup';

// Salesforce and the sync share a clock the test moves, so overlaps and replication windows are exact.
let nowMs = Date.now();
const clock = () => new Date(nowMs);
const advance = (minutes: number) => {
  nowMs += minutes * 60_000;
};

let api: TestApi;
let sandbox: SalesforceSandbox;
let port: SalesforcePort;
const hooks: PortHooks = { upsertCalls: 0 };
let runner: SyncRunner;
let staff: string;
let anna: string;
const runners: SyncRunner[] = [];
const silent = createLogger({ level: 'silent', pretty: false });

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => api.dataSource.query(sql, params) as Promise<T[]>;
const sf = (object: string) => sandbox.store.records(object);
const sfLetter = (portalId: string) => sf('Letter__c').filter((l) => l.Portal_Id__c === portalId);

/** A runner on the test's port and clock; each is stopped at the end. */
function newRunner(options: SyncRunnerOptions = {}, salesforce: SalesforcePort = hookedPort(port, hooks)): SyncRunner {
  const r = new SyncRunner({ dataSource: api.dataSource, log: silent, salesforce, options: { now: clock, maxAttempts: 3, retryBaseMs: 0, ...options } });
  runners.push(r);
  return r;
}

/** Switches the sync to another runner: the current leader resigns first. */
async function handOver(next: SyncRunner): Promise<SyncRunner> {
  await runner.stop();
  runner = next;
  api.services.sync = next;
  return next;
}

/** Time passes for waiting outbox rows: their retry is due now. */
const makeDue = () => q(`UPDATE sync_outbox SET next_attempt_at = now() WHERE status = 'PENDING'`);

const CONFLICTS = '{ syncConflicts(first: 20) { totalCount nodes { id object field entityId portalValue salesforceValue baseValue winner canKeepPortal } } }';
const RESOLVE = 'mutation($id: ID!, $keep: SyncConflictSide!) { resolveSyncConflict(input: { id: $id, keep: $keep }) { conflict { id field } userErrors { code field } } }';

beforeAll(async () => {
  api = await startTestApi();
  sandbox = await startSalesforceSandbox({ port: 0, clock, sessionTimeoutMs: 24 * 3600_000 });
  await alignSandboxWithPortal(api, sandbox);
  advance(10);
  port = await connectSalesforce({ kind: 'session', instanceUrl: sandbox.instanceUrl, accessToken: sandbox.issueToken() });
  // Other test files leave outbox rows and sync state behind; these tests count what is sent.
  await resetSyncState(api);
  // Failed sends wait a minute: a test makes them due when it wants the retry.
  runner = newRunner({ retryBaseMs: 60_000 });
  api.services.sync = runner;
  const first = await runner.runOnce();
  expect(first.leader).toBe(true);
  expect(first.objects.filter((o) => o.error)).toEqual([]);
  staff = await api.signIn('admin@demo.portal');
  anna = await api.signIn('anna.miller@demo.portal');
});

afterAll(async () => {
  for (const r of runners) if (r !== hung) await r.stop();
  if (api) {
    // Leave the shared database as the other test files expect it: only the demo NGO.
    await q(`DELETE FROM letter WHERE id = ANY($1)`, [createdLetters]);
    await q(`DELETE FROM sync_outbox WHERE entity_type = 'letter'`);
    await q(`DELETE FROM sync_link WHERE object = 'letter'`);
    await q(`DELETE FROM sync_conflict`);
    await q(`DELETE FROM child WHERE code LIKE 'ZY-%'`);
    await resetSyncState(api);
    await api.close();
  }
  await sandbox?.stop();
});

const createdLetters: string[] = [];
let hung: SyncRunner | null = null;

describe('letters through the outbox, conflicts and echoes (acceptance 4 and 5)', () => {
  let letterId: string;
  const letterRow = async () => (await q<{ body: string; language: string; status: string; salesforce_id: string | null }>('SELECT * FROM letter WHERE id = $1', [letterId]))[0];
  const edit = (body: string) =>
    api.gql('mutation($input: UpdateLetterInput!) { updateLetter(input: $input) { userErrors { code } } }', { input: { letterId: toGlobalId('Letter', letterId), body } }, { token: anna });

  it('writes the outbox row in the letter transaction and pushes the letter to Letter__c by Portal_Id__c', async () => {
    const [child] = await q<{ id: string }>(`SELECT id FROM child WHERE code = 'KE-0001'`);
    const written = await api.gql(
      'mutation($input: WriteLetterInput!) { writeLetter(input: $input) { results { letter { id } } userErrors { code message } } }',
      { input: { childIds: [toGlobalId('Child', child.id)], body: 'Hello Amani, how is school?' } },
      { token: anna },
    );
    expect(written.data!.writeLetter.userErrors).toEqual([]);
    letterId = Buffer.from(written.data!.writeLetter.results[0].letter.id, 'base64url').toString().split(':')[1];
    createdLetters.push(letterId);
    const [outbox] = await q<{ status: string; payload: Record<string, unknown> }>(`SELECT status, payload FROM sync_outbox WHERE entity_id = $1`, [letterId]);
    expect(outbox).toMatchObject({ status: 'PENDING', payload: expect.objectContaining({ body: 'Hello Amani, how is school?', language: 'en', status: 'DRAFT', direction: 'SPONSOR_TO_CHILD' }) });

    advance(5);
    const run = await runner.runOnce();
    expect(run.outbound).toMatchObject({ sent: 1, dead: 0 });
    const [record] = sfLetter(letterId);
    const kibera = sf('Sponsorship__c').find((s) => s.Child__c === sf('Child__c').find((c) => c.Child_Code__c === 'KE-0001')!.Id)!;
    expect(record).toMatchObject({ Body__c: 'Hello Amani, how is school?', Language__c: 'en', Status__c: 'Draft', Direction__c: 'Sponsor to Child', Sponsorship__c: kibera.Id });
    expect((await letterRow()).salesforce_id).toBe(record.Id);
  });

  it('ignores the echo of its own write: reading the letter back changes nothing and records no conflict', async () => {
    advance(5);
    const run = await runner.runOnce();
    expect(run.objects.find((o) => o.object === 'letter')).toMatchObject({ applied: 0, parked: 0, error: null });
    expect((await letterRow()).body).toBe('Hello Amani, how is school?');
    expect((await api.gql(CONFLICTS, {}, { token: staff })).data!.syncConflicts.totalCount).toBe(0);
  });

  it('acceptance 5: no flip-flop while a portal change waits in the outbox; a different field changed in Salesforce merges', async () => {
    expect((await edit('Hello Amani, I hope school is going well.')).data!.updateLetter.userErrors).toEqual([]);
    advance(1);
    sandbox.store.update('Letter__c', sfLetter(letterId)[0].Id, { Language__c: 'sw' });
    advance(5);
    // Salesforce is down for the push: the change stays pending through the whole run.
    sandbox.faults.next({ status: 503, match: { method: 'PATCH', path: '/composite/sobjects/Letter__c' } });
    const pendingRun = await runner.runOnce();
    expect(pendingRun.outbound).toMatchObject({ sent: 0, retrying: 1 });
    expect(await letterRow()).toMatchObject({ body: 'Hello Amani, I hope school is going well.', language: 'sw' });
    expect(sfLetter(letterId)[0].Body__c).toBe('Hello Amani, how is school?');

    advance(5);
    await makeDue();
    await runner.runOnce();
    expect(sfLetter(letterId)[0]).toMatchObject({ Body__c: 'Hello Amani, I hope school is going well.', Language__c: 'sw' });
    for (let i = 0; i < 2; i += 1) {
      advance(5);
      const again = await runner.runOnce();
      expect(again.objects.find((o) => o.object === 'letter')!.applied).toBe(0);
      expect(again.outbound.sent).toBe(0);
    }
    expect(await letterRow()).toMatchObject({ body: 'Hello Amani, I hope school is going well.', language: 'sw' });
    expect((await api.gql(CONFLICTS, {}, { token: staff })).data!.syncConflicts.totalCount).toBe(0);
  });

  it('acceptance 4: the same field edited on both sides becomes a conflict staff resolve; nothing is lost', async () => {
    expect((await edit('Portal version')).data!.updateLetter.userErrors).toEqual([]);
    sandbox.store.update('Letter__c', sfLetter(letterId)[0].Id, { Body__c: 'Office version' });
    advance(5);
    await runner.runOnce();
    const listed = await api.gql(CONFLICTS, {}, { token: staff });
    expect(listed.data!.syncConflicts.nodes).toEqual([
      expect.objectContaining({
        object: 'letter', field: 'body', entityId: letterId, winner: 'portal', canKeepPortal: true,
        baseValue: JSON.stringify('Hello Amani, I hope school is going well.'), portalValue: '"Portal version"', salesforceValue: '"Office version"',
      }),
    ]);
    // The portal's value stands until staff decide; Salesforce's value is kept in the conflict.
    expect((await letterRow()).body).toBe('Portal version');
    advance(5);
    await runner.runOnce();
    expect((await api.gql(CONFLICTS, {}, { token: staff })).data!.syncConflicts.totalCount).toBe(1);
    expect((await api.gql('{ syncStatus { conflicts } }', {}, { token: staff })).data!.syncStatus.conflicts).toBe(1);

    const id = listed.data!.syncConflicts.nodes[0].id;
    const denied = await api.gql(RESOLVE, { id, keep: 'SALESFORCE' }, { token: anna });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const resolved = await api.gql(RESOLVE, { id, keep: 'SALESFORCE' }, { token: staff });
    expect(resolved.data!.resolveSyncConflict).toEqual({ conflict: { id, field: 'body' }, userErrors: [] });
    expect((await letterRow()).body).toBe('Office version');
    expect(sfLetter(letterId)[0].Body__c).toBe('Office version');
    const [row] = await q<{ status: string; resolved_by_id: string }>(`SELECT status, resolved_by_id FROM sync_conflict WHERE field = 'body'`);
    expect(row.status).toBe('KEPT_SALESFORCE');
    expect(row.resolved_by_id).not.toBeNull();
    const twice = await api.gql(RESOLVE, { id, keep: 'PORTAL' }, { token: staff });
    expect(twice.data!.resolveSyncConflict.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'id'] }]);

    advance(5);
    await runner.runOnce();
    expect((await letterRow()).body).toBe('Office version');
    expect((await api.gql(CONFLICTS, {}, { token: staff })).data!.syncConflicts.totalCount).toBe(0);
  });

  it('acceptance 4: keeping the portal value pushes it to Salesforce; a Salesforce-owned field can only keep Salesforce', async () => {
    await edit('Portal wins this time');
    sandbox.store.update('Letter__c', sfLetter(letterId)[0].Id, { Body__c: 'Office tries again' });
    advance(5);
    // The push checks Salesforce first: the office's text is not overwritten while staff have not decided.
    const run = await runner.runOnce();
    expect(run.outbound).toMatchObject({ sent: 0, retrying: 0, dead: 0 });
    expect(sfLetter(letterId)[0].Body__c).toBe('Office tries again');
    const [conflict] = (await api.gql(CONFLICTS, {}, { token: staff })).data!.syncConflicts.nodes;
    const kept = await api.gql(RESOLVE, { id: conflict.id, keep: 'PORTAL' }, { token: staff });
    expect(kept.data!.resolveSyncConflict.userErrors).toEqual([]);
    expect(sfLetter(letterId)[0].Body__c).toBe('Portal wins this time');

    // A Salesforce-owned field both sides changed: Salesforce won; staff acknowledge it.
    const [child] = await q<{ id: string; salesforce_id: string }>(`SELECT id, salesforce_id FROM child WHERE code = 'KE-0003'`);
    const [sfOwned] = await q<{ id: string }>(
      `INSERT INTO sync_conflict (id, object, salesforce_id, entity_id, field, base_value, portal_value, salesforce_value, winner)
       VALUES ($1, 'child', $2, $3, 'firstName', '"A"', '"B"', '"C"', 'salesforce') RETURNING id`,
      [randomUUID(), child.salesforce_id, child.id],
    );
    const refused = await api.gql(RESOLVE, { id: toGlobalId('SyncConflict', sfOwned.id), keep: 'PORTAL' }, { token: staff });
    expect(refused.data!.resolveSyncConflict.userErrors).toEqual([{ code: 'NOT_ALLOWED', field: ['input', 'keep'] }]);
    const acknowledged = await api.gql(RESOLVE, { id: toGlobalId('SyncConflict', sfOwned.id), keep: 'SALESFORCE' }, { token: staff });
    expect(acknowledged.data!.resolveSyncConflict.userErrors).toEqual([]);
  });
});

describe('the race between a run\'s read and its push, and Salesforce text screened (acceptance 4)', () => {
  let letterId: string;
  const letterRow = async () =>
    (await q<{ body: string; status: string; next_actor: string; flags: Array<{ kind: string }> }>('SELECT body, status, next_actor, flags FROM letter WHERE id = $1', [letterId]))[0];
  const FLAGGED = 'Amani says thank you. Write to him at amani.otieno@gmail.com or call +254 712 345 678.';

  beforeAll(async () => {
    // A letter pushed and read back in earlier runs: both sides agree, the link holds the base.
    const [sp] = await q<{ id: string; sponsor_id: string; child_id: string }>(`SELECT s.id, s.sponsor_id, s.child_id FROM sponsorship s JOIN child c ON c.id = s.child_id WHERE c.code = 'KE-0001'`);
    letterId = randomUUID();
    createdLetters.push(letterId);
    await q(
      `INSERT INTO letter (id, direction, sponsorship_id, child_id, sponsor_id, author_id, body, language, status, next_actor, flags, created_at, updated_at)
       VALUES ($1, 'SPONSOR_TO_CHILD', $2, $3, $4, $4, 'Dear Amani, the base text.', 'en', 'DRAFT', 'SPONSOR', '[]', now(), now())`,
      [letterId, sp.id, sp.child_id, sp.sponsor_id],
    );
    await q(`INSERT INTO sync_outbox (id, entity_type, entity_id, operation, payload) VALUES ($1, 'letter', $2, 'UPSERT', $3)`, [
      randomUUID(), letterId, JSON.stringify({ sponsorshipId: sp.id, sponsorId: sp.sponsor_id, childId: sp.child_id, body: 'Dear Amani, the base text.', language: 'en', status: 'DRAFT', direction: 'SPONSOR_TO_CHILD' }),
    ]);
    advance(5);
    expect((await runner.runOnce()).outbound).toMatchObject({ sent: 1, dead: 0 });
    expect(sfLetter(letterId)[0].Body__c).toBe('Dear Amani, the base text.');
  });

  it('a Salesforce edit made after the run read Salesforce and before it pushed becomes a conflict: nothing is overwritten', async () => {
    await q(`UPDATE letter SET body = 'Dear Amani, the portal text.' WHERE id = $1`, [letterId]);
    await q(`INSERT INTO sync_outbox (id, entity_type, entity_id, operation, payload) VALUES ($1, 'letter', $2, 'UPSERT', $3)`, [
      randomUUID(), letterId, JSON.stringify({ body: 'Dear Amani, the portal text.', status: 'SUBMITTED' }),
    ]);
    const sfId = sfLetter(letterId)[0].Id;
    // The office edits the letter in Salesforce right after this run's inbound read of Letter__c.
    let edited = false;
    hooks.afterPage = (soql) => {
      if (!soql.includes('FROM Letter__c') || !soql.includes('SystemModstamp')) return;
      hooks.afterPage = undefined;
      sandbox.store.update('Letter__c', sfId, { Body__c: FLAGGED });
      edited = true;
    };
    advance(5);
    const run = await runner.runOnce();
    expect(edited).toBe(true);
    // The inbound read saw the old text: only the check before the push can have caught the edit.
    expect(run.objects.find((o) => o.object === 'letter')).toMatchObject({ applied: 0, error: null });
    expect(run.outbound).toMatchObject({ sent: 1, conflicts: 1, dead: 0 });
    // Salesforce keeps the office's text; the rest of the change (the status) went out.
    expect(sfLetter(letterId)[0]).toMatchObject({ Body__c: FLAGGED, Status__c: 'Submitted' });
    expect((await letterRow()).body).toBe('Dear Amani, the portal text.');
    const conflicts = (await api.gql(CONFLICTS, {}, { token: staff })).data!.syncConflicts.nodes.filter((c: { entityId: string }) => c.entityId === letterId);
    expect(conflicts).toEqual([
      expect.objectContaining({
        field: 'body', winner: 'portal', canKeepPortal: true,
        baseValue: '"Dear Amani, the base text."', portalValue: '"Dear Amani, the portal text."', salesforceValue: JSON.stringify(FLAGGED),
      }),
    ]);

    // Later runs neither overwrite nor duplicate the conflict.
    advance(5);
    const next = await runner.runOnce();
    expect(next.outbound).toMatchObject({ sent: 0, conflicts: 0 });
    expect(sfLetter(letterId)[0].Body__c).toBe(FLAGGED);
    expect((await letterRow()).body).toBe('Dear Amani, the portal text.');
    expect((await api.gql(CONFLICTS, {}, { token: staff })).data!.syncConflicts.nodes.filter((c: { entityId: string }) => c.entityId === letterId)).toHaveLength(1);
  });

  it('keeping Salesforce\'s text screens it: flags are stored and a released letter goes back to review instead of to the child', async () => {
    // Meanwhile staff released the letter to the partner for printing.
    await q(`UPDATE letter SET status = 'APPROVED', next_actor = 'PARTNER', approved_at = now() WHERE id = $1`, [letterId]);
    const [conflict] = (await api.gql(CONFLICTS, {}, { token: staff })).data!.syncConflicts.nodes.filter((c: { entityId: string }) => c.entityId === letterId);
    const resolved = await api.gql(RESOLVE, { id: conflict.id, keep: 'SALESFORCE' }, { token: staff });
    expect(resolved.data!.resolveSyncConflict.userErrors).toEqual([]);
    const row = await letterRow();
    expect(row).toMatchObject({ body: FLAGGED, status: 'SUBMITTED', next_actor: 'STAFF' });
    expect(row.flags.map((f) => f.kind).sort()).toEqual(['EMAIL', 'PHONE']);
    // Staff see the flags, and the letter cannot be approved in bulk.
    const flagged = await api.gql(
      'query($id: ID!) { node(id: $id) { ... on Letter { status flagged safeguardingFlags { kind } } } }',
      { id: toGlobalId('Letter', letterId) },
      { token: staff },
    );
    expect(flagged.data!.node).toMatchObject({ status: 'SUBMITTED', flagged: true });
    // Salesforce hears of the move back to review, and kept its text.
    expect(sfLetter(letterId)[0]).toMatchObject({ Body__c: FLAGGED, Status__c: 'Submitted' });
  });

  it('a text changed in Salesforce alone is screened when it is read in: clean stays released, flagged goes back to review', async () => {
    await q(`UPDATE letter SET status = 'APPROVED', next_actor = 'PARTNER', flags = '[]' WHERE id = $1`, [letterId]);
    const sfId = sfLetter(letterId)[0].Id;
    sandbox.store.update('Letter__c', sfId, { Body__c: 'Dear Amani, corrected by the office.' });
    advance(5);
    await runner.runOnce();
    expect(await letterRow()).toMatchObject({ body: 'Dear Amani, corrected by the office.', status: 'APPROVED', flags: [] });

    sandbox.store.update('Letter__c', sfId, { Body__c: FLAGGED });
    advance(5);
    await runner.runOnce();
    const row = await letterRow();
    expect(row).toMatchObject({ body: FLAGGED, status: 'SUBMITTED', next_actor: 'STAFF' });
    expect(row.flags.length).toBeGreaterThan(0);
    advance(5);
    await runner.runOnce();
    expect(sfLetter(letterId)[0].Status__c).toBe('Submitted');
  });
});

describe('inbound', () => {
  it('acceptance 2: a change committed behind the cursor while a poll runs is still picked up', async () => {
    const project = sf('Project__c').find((p) => p.Project_Code__c === 'KE')!;
    const base = { Last_Name__c: 'Test', Birthdate__c: '2015-01-01', Gender__c: 'Male', Status__c: 'Available', Project__c: project.Id };
    sandbox.store.create('Child__c', { ...base, Name: 'Early', Child_Code__c: 'ZY-0001', First_Name__c: 'Early' });
    advance(2);
    // While the poll reads children, a transaction that started earlier commits with an older SystemModstamp.
    hooks.afterPage = (soql) => {
      if (!soql.includes('FROM Child__c')) return;
      hooks.afterPage = undefined;
      const real = nowMs;
      nowMs -= 180_000;
      sandbox.store.create('Child__c', { ...base, Name: 'Late', Child_Code__c: 'ZY-0002', First_Name__c: 'Late' });
      nowMs = real;
    };
    await runner.runOnce();
    const codes = async () => (await q<{ code: string }>(`SELECT code FROM child WHERE code LIKE 'ZY-%' ORDER BY code`)).map((c) => c.code);
    expect(await codes()).toEqual(['ZY-0001']);
    advance(2);
    await runner.runOnce();
    expect(await codes()).toEqual(['ZY-0001', 'ZY-0002']);
  });
});

describe('outbound batches', () => {
  let sponsorshipId: string;
  const enqueueMany = async (n: number, body: (i: number) => string): Promise<string[]> => {
    const ids = Array.from({ length: n }, () => randomUUID());
    await q(
      `INSERT INTO sync_outbox (id, entity_type, entity_id, operation, payload, status, attempts, next_attempt_at, created_at, updated_at)
       SELECT gen_random_uuid(), 'letter', id, 'UPSERT', jsonb_build_object('sponsorshipId', $2::text, 'status', 'SUBMITTED', 'body', $3::text || ord), 'PENDING', 0, now(),
              now() + ord * interval '1 millisecond', now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [ids, sponsorshipId, body(0)],
    );
    return ids;
  };

  beforeAll(async () => {
    [{ id: sponsorshipId }] = await q<{ id: string }>(`SELECT id FROM sponsorship WHERE salesforce_id IS NOT NULL ORDER BY id DESC LIMIT 1`);
  });

  it('acceptance 6: 1,000 portal-born records reach Salesforce in at most 5 Collections calls, results mapped back per row', async () => {
    const ids = await enqueueMany(1000, () => 'Bulk letter ');
    const usedBefore = sandbox.usage.used;
    const callsBefore = hooks.upsertCalls;
    const report = await runner.flushOutbox();
    expect(report).toEqual({ sent: 1000, retrying: 0, dead: 0, conflicts: 0 });
    expect(hooks.upsertCalls - callsBefore).toBeLessThanOrEqual(5);
    expect(sandbox.usage.used - usedBefore).toBeLessThanOrEqual(5);
    const rows = await q<{ entity_id: string; salesforce_id: string; status: string }>(`SELECT entity_id, salesforce_id, status FROM sync_outbox WHERE entity_id = ANY($1)`, [ids]);
    const byPortalId = new Map(sf('Letter__c').map((l) => [l.Portal_Id__c, l.Id]));
    expect(rows).toHaveLength(1000);
    for (const row of rows) {
      expect(row.status).toBe('SENT');
      expect(row.salesforce_id).toBe(byPortalId.get(row.entity_id));
    }
  }, 120_000);

  it('acceptance 7: one invalid record does not block the other 199 of its batch; it retries, then becomes a dead letter', async () => {
    const ids = await enqueueMany(200, () => 'Batch ');
    const bad = ids[57];
    await q(`UPDATE sync_outbox SET payload = payload || '{"body": "INVALID"}' WHERE entity_id = $1`, [bad]);
    const removeRule = sandbox.faults.rule({ object: 'Letter__c', when: (r) => r.Body__c === 'INVALID', message: 'Body rejected by a validation rule', fields: ['Body__c'] });
    const callsBefore = hooks.upsertCalls;
    // Retries without waiting, so the whole story happens in one flush.
    const report = await newRunner({ retryBaseMs: 0 }).flushOutbox();
    removeRule();
    expect(report).toEqual({ sent: 199, retrying: 2, dead: 1, conflicts: 0 });
    expect(hooks.upsertCalls - callsBefore).toBe(3);
    const [dead] = await q<{ status: string; attempts: number; last_error_code: string; last_error: string }>(`SELECT * FROM sync_outbox WHERE entity_id = $1`, [bad]);
    expect(dead).toMatchObject({ status: 'DEAD', attempts: 3, last_error_code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' });
    expect(dead.last_error).toMatch(/Body rejected by a validation rule/);
    expect(sfLetter(bad)).toHaveLength(0);
    expect(ids.filter((id) => id !== bad).every((id) => sfLetter(id).length === 1)).toBe(true);
  });
});

describe('outbound retries and parents', () => {
  it('a letter whose sponsorship is not in Salesforce yet waits, retrying with a doubling backoff, then links once the parent arrives', async () => {
    const [sp] = await q<{ id: string; salesforce_id: string }>(`SELECT s.id, s.salesforce_id FROM sponsorship s JOIN child c ON c.id = s.child_id WHERE c.code = 'KE-0002'`);
    // The portal forgets the sponsorship's Salesforce record: as if it had not been synced yet.
    await q(`UPDATE sponsorship SET salesforce_id = NULL WHERE id = $1`, [sp.id]);
    await q(`DELETE FROM sync_link WHERE object = 'sponsorship' AND entity_id = $1`, [sp.id]);
    const id = randomUUID();
    await q(`INSERT INTO sync_outbox (id, entity_type, entity_id, operation, payload) VALUES ($1, 'letter', $2, 'UPSERT', $3)`, [
      randomUUID(), id, JSON.stringify({ sponsorshipId: sp.id, body: 'Waiting for my sponsorship', status: 'SUBMITTED' }),
    ]);
    const backoff = newRunner({ retryBaseMs: 60_000, maxAttempts: 5 });
    const row = async () =>
      (await q<{ status: string; attempts: number; last_error_code: string; wait_s: number }>(
        `SELECT status, attempts, last_error_code, extract(epoch FROM next_attempt_at - now())::float8 AS wait_s FROM sync_outbox WHERE entity_id = $1`, [id],
      ))[0];
    expect(await backoff.flushOutbox()).toMatchObject({ sent: 0, retrying: 1 });
    const first = await row();
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1, last_error_code: 'PARENT_NOT_SYNCED' });
    expect(first.wait_s).toBeGreaterThan(50);
    expect(first.wait_s).toBeLessThanOrEqual(60);
    // Not due yet: a flush leaves it alone.
    expect(await backoff.flushOutbox()).toMatchObject({ sent: 0, retrying: 0 });
    await makeDue();
    await backoff.flushOutbox();
    const second = await row();
    expect(second.attempts).toBe(2);
    expect(second.wait_s).toBeGreaterThan(110);
    expect(second.wait_s).toBeLessThanOrEqual(120);
    expect(sfLetter(id)).toHaveLength(0);

    // The sponsorship comes in again (touched in Salesforce): the portal row is matched and linked.
    sandbox.store.update('Sponsorship__c', sp.salesforce_id, { Active__c: true });
    advance(5);
    await makeDue();
    const run = await runner.runOnce();
    expect(run.outbound).toMatchObject({ sent: 1, dead: 0 });
    expect(sfLetter(id)[0]).toMatchObject({ Sponsorship__c: sp.salesforce_id, Body__c: 'Waiting for my sponsorship' });
    expect((await q<{ salesforce_id: string }>(`SELECT salesforce_id FROM sponsorship WHERE id = $1`, [sp.id]))[0].salesforce_id).toBe(sp.salesforce_id);
  });
});

describe('API budget (acceptance 9)', () => {
  it('slows down above the configured share of the daily limit: paces each call and skips scheduled runs', async () => {
    const budgeted = await handOver(newRunner({ budget: { share: 0.8, throttleMs: 150, skipCycles: 2 } }));
    sandbox.usage.used = 0;
    advance(5);
    const calm = await budgeted.runOnce();
    expect(calm.api).toMatchObject({ overBudget: false, throttledCalls: 0 });
    expect(budgeted.tick()).toBe(true);
    await budgeted.runOnce();

    sandbox.usage.used = Math.ceil(sandbox.usage.max * 0.85);
    advance(5);
    const started = Date.now();
    const busy = await budgeted.runOnce();
    const elapsed = Date.now() - started;
    expect(busy.api.overBudget).toBe(true);
    expect(busy.api.usage!.used / busy.api.usage!.limit).toBeGreaterThan(0.8);
    // The first call learns the usage; every later call of the run waited.
    expect(busy.api.throttledCalls).toBeGreaterThanOrEqual(6);
    expect(elapsed).toBeGreaterThanOrEqual(busy.api.throttledCalls * 150);
    expect([budgeted.tick(), budgeted.tick()]).toEqual([false, false]);
    expect(budgeted.tick()).toBe(true);
    await budgeted.runOnce();
    sandbox.usage.used = 0;
  });
});

describe('one leader across processes, and a crash mid-batch (acceptance 1)', () => {
  it('lets only one runner lead (Postgres advisory lock); the other takes over when the leader stops', async () => {
    const a = await handOver(newRunner());
    const b = newRunner();
    expect((await a.runOnce()).leader).toBe(true);
    const idle = await b.runOnce();
    expect(idle).toMatchObject({ leader: false, objects: [] });
    expect(a.isLeader).toBe(true);
    expect(b.isLeader).toBe(false);
    await a.stop();
    expect((await b.runOnce()).leader).toBe(true);
    await b.stop();
  }, 120_000);

  it('acceptance 1: killed after Salesforce committed and before the local acknowledgement, a restart sends again without duplicates or losses', async () => {
    const [sp] = await q<{ id: string }>(`SELECT id FROM sponsorship WHERE salesforce_id IS NOT NULL ORDER BY id LIMIT 1`);
    const ids = Array.from({ length: 5 }, () => randomUUID());
    for (const [i, id] of ids.entries()) {
      await q(`INSERT INTO sync_outbox (id, entity_type, entity_id, operation, payload) VALUES ($1, 'letter', $2, 'UPSERT', $3)`, [
        randomUUID(), id, JSON.stringify({ sponsorshipId: sp.id, body: `Crash test ${i}`, status: 'SUBMITTED' }),
      ]);
    }
    const crashHooks: PortHooks = { upsertCalls: 0, hangAfterUpsert: true };
    hung = newRunner({ claimLeaseMs: 1500 }, hookedPort(port, crashHooks));
    await runner.stop();
    void hung.runOnce();
    for (let i = 0; i < 600 && !ids.every((id) => sfLetter(id).length === 1); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(ids.every((id) => sfLetter(id).length === 1)).toBe(true);
    const claimed = await q<{ status: string; attempts: number }>(`SELECT status, attempts FROM sync_outbox WHERE entity_id = ANY($1)`, [ids]);
    expect(claimed.every((r) => r.status === 'PENDING' && r.attempts === 1)).toBe(true);

    // The process dies: its database session goes, and with it the leader lock.
    // Only that session: the holder of the sync leader lock in this database (advisory locks of other
    // databases on the server, and pg-boss's, belong to other processes).
    await q(
      `SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
       WHERE l.locktype = 'advisory' AND d.datname = current_database() AND l.objid = $1 AND l.granted AND l.pid <> pg_backend_pid()`,
      [SYNC_LEADER_LOCK_KEY],
    );
    const restarted = await handOver(newRunner({ claimLeaseMs: 1500 }));
    // The claims of the dead run expire after their lease; then the restarted leader sends them again.
    await new Promise((r) => setTimeout(r, 1600));
    const after = await restarted.runOnce();
    expect(after.outbound).toMatchObject({ sent: 5, dead: 0 });
    for (const id of ids) expect(sfLetter(id)).toHaveLength(1);
    const rows = await q<{ status: string; salesforce_id: string; entity_id: string }>(`SELECT status, salesforce_id, entity_id FROM sync_outbox WHERE entity_id = ANY($1)`, [ids]);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toMatchObject({ status: 'SENT', salesforce_id: sfLetter(row.entity_id)[0].Id });
  }, 180_000);
});

describe('Salesforce down or the session expired (acceptance 8)', () => {
  it('waits while Salesforce answers 503, renews an expired session, and loses nothing', async () => {
    const login = await connectSalesforce({
      kind: 'password', loginUrl: sandbox.loginUrl, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, username: sandbox.username, password: sandbox.password,
    });
    const renewing = await handOver(newRunner({ retryBaseMs: 60_000 }, login));
    const [sp] = await q<{ id: string }>(`SELECT s.id FROM sponsorship s JOIN child c ON c.id = s.child_id WHERE c.code = 'KE-0001'`);
    const id = randomUUID();
    await q(`INSERT INTO sync_outbox (id, entity_type, entity_id, operation, payload) VALUES ($1, 'letter', $2, 'UPSERT', $3)`, [
      randomUUID(), id, JSON.stringify({ sponsorshipId: sp.id, body: 'Session test', status: 'SUBMITTED' }),
    ]);
    sandbox.faults.next({ status: 503, match: { path: '/composite/sobjects/Letter__c' } });
    const down = await renewing.flushOutbox();
    expect(down).toMatchObject({ sent: 0, retrying: 1 });
    expect(sfLetter(id)).toHaveLength(0);
    sandbox.faults.expireSessions();
    advance(1);
    await makeDue();
    const renewed = await renewing.runOnce();
    expect(renewed.objects.filter((o) => o.error)).toEqual([]);
    expect(renewed.outbound).toMatchObject({ sent: 1, dead: 0 });
    expect(sfLetter(id)).toHaveLength(1);
  });
});
