import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { startSalesforceSandbox, type SalesforceSandbox } from '@portal/salesforce-sandbox';
import { createLogger } from '@portal/logger';
import { startTestApi, type TestApi } from '../../test/harness';
import { connectSalesforce } from './jsforce-client';
import { SyncRunner } from './sync-runner';
import { enqueueSyncChange } from './sync-outbox.service';
import { alignSandboxWithPortal, resetSyncState } from './sync-test-setup';

// Salesforce and the sync share a clock the test moves, so replication windows and overlaps are exact.
let nowMs = Date.now();
const clock = () => new Date(nowMs);
const advance = (minutes: number) => {
  nowMs += minutes * 60_000;
};

let api: TestApi;
let sandbox: SalesforceSandbox;
let runner: SyncRunner;
let staff: string;

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => api.dataSource.query(sql, params) as Promise<T[]>;
const sf = (object: string) => sandbox.store.records(object);
const sfChild = (code: string) => sf('Child__c').find((c) => c.Child_Code__c === code)!;
const portalChild = async (code: string) => (await q<{ id: string; first_name: string; status: string; salesforce_id: string | null }>('SELECT * FROM child WHERE code = $1', [code]))[0];
const cursorOf = async (object: string) => (await q<{ modstamp: Date | null }>('SELECT modstamp FROM sync_cursor WHERE object = $1', [object]))[0]?.modstamp ?? null;

const RUN_SYNC = 'mutation { runSync(input: {}) { status { outboxDead objects { object cursor rowsApplied errors lastError } } userErrors { code message } } }';
const PROBLEMS = 'query { syncProblems(first: 50) { totalCount nodes { id kind object errorCode message attempts salesforceId entityId } } }';

const counts = async () =>
  (
    await q(
      `SELECT (SELECT count(*) FROM child)::int AS children, (SELECT count(*) FROM project)::int AS projects,
              (SELECT count(*) FROM partner_organization)::int AS partners, (SELECT count(*) FROM account)::int AS accounts,
              (SELECT count(*) FROM "user")::int AS users, (SELECT count(*) FROM sponsorship)::int AS sponsorships`,
    )
  )[0];

beforeAll(async () => {
  api = await startTestApi();
  sandbox = await startSalesforceSandbox({ port: 0, clock, sessionTimeoutMs: 24 * 3600_000 });
  await alignSandboxWithPortal(api, sandbox);
  // Other test files leave outbox rows and sync state behind; these tests count what is sent.
  await resetSyncState(api);
  advance(10);
  const port = await connectSalesforce({ kind: 'session', instanceUrl: sandbox.instanceUrl, accessToken: sandbox.issueToken() });
  runner = new SyncRunner({
    dataSource: api.dataSource,
    log: createLogger({ level: 'silent', pretty: false }),
    salesforce: port,
    options: { now: clock, maxAttempts: 3, retryBaseMs: 0 },
  });
  api.services.sync = runner;
  staff = await api.signIn('admin@demo.portal');
});

afterAll(async () => {
  await runner?.stop();
  if (api) {
    // Leave the shared database as the other test files expect it: only the demo NGO.
    await q(`DELETE FROM sponsorship WHERE child_id IN (SELECT id FROM child WHERE code LIKE 'ZZ-%')`);
    await q(`DELETE FROM child WHERE code LIKE 'ZZ-%'`);
    await q(`DELETE FROM project WHERE code = 'ZZ'`);
    await q(`ALTER TABLE child DROP CONSTRAINT IF EXISTS sync_test_fail`);
    await resetSyncState(api);
    await api.close();
  }
  await sandbox?.stop();
});

describe('Salesforce sync (against the sandbox)', () => {
  it('initial load links the seeded portal rows by natural keys, without duplicates, and fills salesforceId', async () => {
    const before = await counts();
    const r = await api.gql(RUN_SYNC, {}, { token: staff });
    expect(r.errors).toBeUndefined();
    expect(r.data!.runSync.userErrors).toEqual([]);
    const objects = r.data!.runSync.status.objects as Array<{ object: string; cursor: string | null; errors: number; lastError: string | null }>;
    for (const o of objects.filter((x) => x.object !== 'letter')) {
      expect(o).toMatchObject({ errors: 0, lastError: null });
      expect(o.cursor).not.toBeNull();
    }
    expect(await counts()).toEqual(before);

    for (const code of ['KE-0001', 'KN-0006', 'UG-0010']) expect((await portalChild(code)).salesforce_id).toBe(sfChild(code).Id);
    const anna = (await q<{ salesforce_id: string }>(`SELECT salesforce_id FROM "user" WHERE email = 'anna.miller@demo.portal'`))[0];
    expect(anna.salesforce_id).toBe(sf('Contact').find((c) => c.Email === 'anna.miller@demo.portal')!.Id);
    const linked = await q<{ n: number }>(`SELECT count(*)::int AS n FROM sponsorship WHERE salesforce_id IS NOT NULL`);
    expect(linked[0].n).toBe(sf('Sponsorship__c').length);
    const partners = await q<{ n: number }>(`SELECT count(*)::int AS n FROM partner_organization WHERE salesforce_id IS NOT NULL`);
    expect(partners[0].n).toBe(2);
    expect((await portalChild('KE-0003')).first_name).not.toBe(sfChild('KE-0003').Name); // aligned, not renamed

    // A second run changes nothing: upserts are idempotent.
    advance(10);
    const again = await runner.runOnce();
    expect(again.objects.map((o) => o.applied)).toEqual(again.objects.map(() => 0));
  });

  it('acceptance 3: brings in a record created, then updated, then deleted in Salesforce', async () => {
    const project = sf('Project__c').find((p) => p.Project_Code__c === 'KE')!;
    const created = sandbox.store.create('Child__c', {
      Name: 'Zuri Test', Child_Code__c: 'ZZ-0001', First_Name__c: 'Zuri', Last_Name__c: 'Test',
      Birthdate__c: '2016-05-01', Gender__c: 'Female', Status__c: 'Available', Project__c: project.Id,
    });
    advance(10);
    await runner.runOnce();
    expect(await portalChild('ZZ-0001')).toMatchObject({ first_name: 'Zuri', status: 'WAITING', salesforce_id: created.Id });

    advance(10);
    sandbox.store.update('Child__c', created.Id, { First_Name__c: 'Zawadi', Status__c: 'Sponsored' });
    advance(10);
    const run = await runner.runOnce();
    expect(run.objects.find((o) => o.object === 'child')!.applied).toBe(1);
    expect(await portalChild('ZZ-0001')).toMatchObject({ first_name: 'Zawadi', status: 'ACTIVE' });

    sandbox.store.delete('Child__c', created.Id);
    // The delete log is read by whole minutes up to now: let the minute of the delete pass.
    advance(2);
    const del = await runner.runOnce();
    expect(del.objects.find((o) => o.object === 'child')).toMatchObject({ deleted: 1, fullReconciliation: false });
    expect((await portalChild('ZZ-0001')).status).toBe('DEPARTED');
  });

  it('acceptance 3: reconciles fully when the delete log no longer reaches back to the cursor (INVALID_REPLICATION_DATE)', async () => {
    const project = sf('Project__c').find((p) => p.Project_Code__c === 'UG')!;
    const created = sandbox.store.create('Child__c', {
      Name: 'Zed Test', Child_Code__c: 'ZZ-0002', First_Name__c: 'Zed', Last_Name__c: 'Test',
      Birthdate__c: '2014-01-01', Gender__c: 'Male', Status__c: 'Available', Project__c: project.Id,
    });
    advance(10);
    await runner.runOnce();
    expect((await portalChild('ZZ-0002')).status).toBe('WAITING');
    sandbox.store.delete('Child__c', created.Id);
    await q(`UPDATE sync_cursor SET deleted_until = $1 WHERE object = 'child'`, [new Date(nowMs - 40 * 24 * 3600_000)]);
    advance(2);
    const run = await runner.runOnce();
    expect(run.objects.find((o) => o.object === 'child')).toMatchObject({ fullReconciliation: true, error: null });
    expect((await portalChild('ZZ-0002')).status).toBe('DEPARTED');
    expect((await portalChild('KE-0001')).status).toBe('ACTIVE');
  });

  it('acceptance 10: parks a record whose parent is missing and applies it once the parent arrives', async () => {
    const orphanProject = sandbox.store.create('Project__c', { Name: 'Zanzibar Pilot', Project_Code__c: 'ZZ', Country_Code__c: 'TZ' });
    const child = sandbox.store.create('Child__c', {
      Name: 'Zola Test', Child_Code__c: 'ZZ-0003', First_Name__c: 'Zola', Last_Name__c: 'Test',
      Birthdate__c: '2015-01-01', Gender__c: 'Female', Status__c: 'Available', Project__c: orphanProject.Id,
    });
    advance(10);
    const run = await runner.runOnce();
    expect(run.objects.find((o) => o.object === 'project')!.parked).toBe(1);
    expect(run.objects.find((o) => o.object === 'child')!.parked).toBe(1);
    const problems = await api.gql(PROBLEMS, {}, { token: staff });
    const parked = problems.data!.syncProblems.nodes.filter((p: { kind: string }) => p.kind === 'PARKED');
    expect(parked).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ object: 'project', salesforceId: orphanProject.Id, errorCode: 'REQUIRED_FIELD_MISSING' }),
        expect.objectContaining({ object: 'child', salesforceId: child.Id, errorCode: 'PARENT_MISSING' }),
      ]),
    );
    expect(await portalChild('ZZ-0003')).toBeUndefined();

    const kibera = sf('Account').find((a) => a.Name === 'Kibera Community Trust')!;
    sandbox.store.update('Project__c', orphanProject.Id, { Partner__c: kibera.Id });
    advance(10);
    await runner.runOnce();
    expect((await portalChild('ZZ-0003')).salesforce_id).toBe(child.Id);
    expect(await q(`SELECT * FROM sync_parked WHERE salesforce_id IN ($1, $2)`, [orphanProject.Id, child.Id])).toEqual([]);
  });

  it('commits the cursor with the rows: a failure mid-page moves neither', async () => {
    const project = sf('Project__c').find((p) => p.Project_Code__c === 'KN')!;
    const base = { Last_Name__c: 'Test', Birthdate__c: '2015-01-01', Gender__c: 'Male', Status__c: 'Available', Project__c: project.Id };
    sandbox.store.create('Child__c', { ...base, Name: 'Good', Child_Code__c: 'ZZ-0008', First_Name__c: 'Good' });
    advance(1);
    sandbox.store.create('Child__c', { ...base, Name: 'Bad', Child_Code__c: 'ZZ-0009', First_Name__c: 'Bad' });
    advance(10);
    // A database failure (not a data problem) on the second record of the page.
    await q(`ALTER TABLE child ADD CONSTRAINT sync_test_fail CHECK (code <> 'ZZ-0009')`);
    const before = await cursorOf('child');
    const failed = await runner.runOnce();
    expect(failed.objects.find((o) => o.object === 'child')!.error).toMatch(/sync_test_fail/);
    expect(await cursorOf('child')).toEqual(before);
    expect(await portalChild('ZZ-0008')).toBeUndefined();

    await q(`ALTER TABLE child DROP CONSTRAINT sync_test_fail`);
    await runner.runOnce();
    expect(await portalChild('ZZ-0008')).toBeDefined();
    expect(await portalChild('ZZ-0009')).toBeDefined();
    expect((await cursorOf('child'))!.getTime()).toBeGreaterThan(before!.getTime());
  });

  describe('outbound (letters, portal-owned, through the outbox)', () => {
    let sponsorship: { id: string; sponsor_id: string; child_id: string };
    const letters = (portalId: string) => sf('Letter__c').filter((l) => l.Portal_Id__c === portalId);
    const enqueue = (id: string, payload: Record<string, unknown>) =>
      api.dataSource.transaction((em) => enqueueSyncChange(em, { entityType: 'letter', entityId: id, payload }));

    beforeAll(async () => {
      [sponsorship] = await q(`SELECT s.id, s.sponsor_id, s.child_id FROM sponsorship s JOIN child c ON c.id = s.child_id WHERE c.code = 'KE-0001'`);
    });

    it('writes the outbox row only when the portal transaction commits', async () => {
      const id = randomUUID();
      await expect(
        api.dataSource.transaction(async (em) => {
          await enqueueSyncChange(em, { entityType: 'letter', entityId: id, payload: { body: 'Never' } });
          throw new Error('the portal change failed');
        }),
      ).rejects.toThrow('the portal change failed');
      expect(await q(`SELECT id FROM sync_outbox WHERE entity_id = $1`, [id])).toEqual([]);
    });

    it('acceptance 8: upserts by Portal_Id__c: a retry after a 503, or after a lost answer, never duplicates', async () => {
      const id = randomUUID();
      await enqueue(id, { sponsorshipId: sponsorship.id, sponsorId: sponsorship.sponsor_id, childId: sponsorship.child_id, direction: 'SPONSOR_TO_CHILD', status: 'SUBMITTED', body: 'Hello Amani' });
      sandbox.faults.next({ status: 503, match: { method: 'PATCH', path: '/composite/sobjects/Letter__c' } });
      const sent = await runner.flushOutbox();
      expect(sent).toMatchObject({ sent: 1, retrying: 1, dead: 0 });
      const [row] = await q<{ status: string; attempts: number; salesforce_id: string }>(`SELECT * FROM sync_outbox WHERE entity_id = $1`, [id]);
      expect(row).toMatchObject({ status: 'SENT', attempts: 2 });
      expect(letters(id)).toHaveLength(1);
      expect(letters(id)[0]).toMatchObject({ Id: row.salesforce_id, Sponsorship__c: sfSponsorshipOf(), Status__c: 'Submitted', Direction__c: 'Sponsor to Child' });

      // As if Salesforce applied the upsert but the answer was lost: the row is sent again.
      await q(`UPDATE sync_outbox SET status = 'PENDING', next_attempt_at = now() WHERE entity_id = $1`, [id]);
      await runner.flushOutbox();
      await enqueue(id, { body: 'Hello again' });
      await runner.flushOutbox();
      expect(letters(id)).toHaveLength(1);
      expect(letters(id)[0].Body__c).toBe('Hello again');
    });

    it('acceptance 7: dead-letters a record Salesforce rejects after N attempts (the others go through); a staff retry succeeds once fixed', async () => {
      const blocked = randomUUID();
      const fine = randomUUID();
      const removeRule = sandbox.faults.rule({ object: 'Letter__c', when: (r) => r.Body__c === 'Blocked', message: 'Text must be reviewed', fields: ['Body__c'] });
      await enqueue(blocked, { sponsorshipId: sponsorship.id, body: 'Blocked', status: 'SUBMITTED' });
      await enqueue(fine, { sponsorshipId: sponsorship.id, body: 'Fine', status: 'SUBMITTED' });
      const report = await runner.flushOutbox();
      expect(report).toMatchObject({ sent: 1, dead: 1 });
      expect(letters(fine)).toHaveLength(1);
      expect(letters(blocked)).toHaveLength(0);

      const problems = await api.gql(PROBLEMS, {}, { token: staff });
      const dead = problems.data!.syncProblems.nodes.find((p: { entityId: string }) => p.entityId === blocked);
      expect(dead).toMatchObject({ kind: 'DEAD_LETTER', object: 'letter', attempts: 3, errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' });
      expect(dead.message).toMatch(/Text must be reviewed/);
      const status = await api.gql('{ syncStatus { outboxDead outboxPending parked enabled } }', {}, { token: staff });
      expect(status.data!.syncStatus).toMatchObject({ enabled: true, outboxPending: 0 });
      expect(status.data!.syncStatus.outboxDead).toBeGreaterThanOrEqual(1);

      const sponsor = await api.signIn('anna.miller@demo.portal');
      const denied = await api.gql('mutation($id: ID!) { retrySyncItem(input: { id: $id }) { userErrors { code } } }', { id: dead.id }, { token: sponsor });
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      removeRule();
      const retried = await api.gql('mutation($id: ID!) { retrySyncItem(input: { id: $id }) { problem { id } userErrors { code } } }', { id: dead.id }, { token: staff });
      expect(retried.data!.retrySyncItem).toEqual({ problem: null, userErrors: [] });
      expect(letters(blocked)).toHaveLength(1);
      const unknown = await api.gql('mutation { retrySyncItem(input: { id: "nope" }) { problem { id } userErrors { code field } } }', {}, { token: staff });
      expect(unknown.data!.retrySyncItem.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'id'] }]);
    });

    function sfSponsorshipOf(): string {
      const child = sfChild('KE-0001');
      return sf('Sponsorship__c').find((s) => s.Child__c === child.Id)!.Id;
    }
  });

  it('connects with the OAuth password grant and with a JWT bearer assertion; the org has every mapped field', async () => {
    // A sandbox on the real clock (JWT expiry is checked against it) that verifies the assertion's signature.
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const org = await startSalesforceSandbox({ port: 0, seed: false, jwtPublicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    const password = await connectSalesforce({
      kind: 'password', loginUrl: org.loginUrl, clientId: org.clientId, clientSecret: org.clientSecret, username: org.username, password: org.password,
    });
    const jwtPort = await connectSalesforce({
      kind: 'jwt', loginUrl: org.loginUrl, clientId: org.clientId, username: org.username, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    for (const port of [password, jwtPort]) expect((await port.describe('Letter__c')).fields.map((f) => f.name)).toContain('Portal_Id__c');
    await org.stop();
    expect(await runner.checkMappings()).toEqual([]);
  });

  it('is staff only', async () => {
    const sponsor = await api.signIn('anna.miller@demo.portal');
    const r = await api.gql('{ syncStatus { enabled } }', {}, { token: sponsor });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const run = await api.gql(RUN_SYNC, {}, { token: sponsor });
    expect(run.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
