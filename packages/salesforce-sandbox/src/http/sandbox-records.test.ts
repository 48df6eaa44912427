import type { Connection } from 'jsforce';
import type { SalesforceSandbox } from '../sandbox';
import { manualClock, sandboxWithConnection } from './test-sandbox';

describe('sandbox records through jsforce', () => {
  const clock = manualClock();
  let sandbox: SalesforceSandbox;
  let conn: Connection;
  let sponsorshipId: string;

  beforeAll(async () => {
    ({ sandbox, conn } = await sandboxWithConnection({ clock: clock.now }));
    sponsorshipId = (await conn.query<{ Id: string }>('SELECT Id FROM Sponsorship__c LIMIT 1')).records[0].Id;
  });
  afterAll(() => sandbox.stop());

  it('creates, retrieves, updates and deletes a record', async () => {
    const created = await conn.sobject('Letter__c').create({ Portal_Id__c: 'crud-1', Sponsorship__c: sponsorshipId, Subject__c: 'Hello', Sent_At__c: '2024-06-01T10:00:00+02:00' });
    expect(created).toEqual({ id: expect.stringMatching(/^a04\w{15}$/), success: true, errors: [] });
    const id = (created as { id: string }).id;
    const record = await conn.sobject('Letter__c').retrieve(id);
    expect(record).toMatchObject({ attributes: { type: 'Letter__c' }, Id: id, Name: expect.stringMatching(/^L-\d{6}$/), Subject__c: 'Hello', Status__c: 'Draft', Sent_At__c: '2024-06-01T08:00:00.000+0000' });
    const some = await conn.sobject('Letter__c').retrieve(id, { fields: ['Subject__c'] });
    expect(Object.keys(some)).toEqual(['attributes', 'Subject__c']);
    await expect(conn.sobject('Letter__c').update({ Id: id, Subject__c: 'Hi' })).resolves.toEqual({ id, success: true, errors: [] });
    expect((await conn.sobject('Letter__c').retrieve(id)).Subject__c).toBe('Hi');
    await expect(conn.sobject('Letter__c').destroy(id)).resolves.toEqual({ id, success: true, errors: [] });
    await expect(conn.sobject('Letter__c').retrieve(id)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  const invalidWrites: [string, Record<string, unknown>, string][] = [
    ['an unknown field', { Colour__c: 'red' }, 'INVALID_FIELD'],
    ['a read-only field', { Name: 'L-1' }, 'INVALID_FIELD_FOR_INSERT_UPDATE'],
    ['a bad picklist value', { Status__c: 'Lost' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
    ['a dangling reference', { Sponsorship__c: 'a03000000000000AAA' }, 'INVALID_CROSS_REFERENCE_KEY'],
  ];
  it.each(invalidWrites)('rejects %s with %s', async (_name, fields, errorCode) => {
    await expect(conn.sobject('Letter__c').create(fields)).rejects.toMatchObject({ name: errorCode, errorCode });
  });

  it('upserts by external ID without duplicating on retry', async () => {
    const first = await conn.sobject('Letter__c').upsert({ Portal_Id__c: 'portal-42', Subject__c: 'v1', Sponsorship__c: sponsorshipId }, 'Portal_Id__c');
    expect(first).toMatchObject({ id: expect.any(String), success: true, created: true });
    const retry = await conn.sobject('Letter__c').upsert({ Portal_Id__c: 'portal-42', Subject__c: 'v2' }, 'Portal_Id__c');
    expect(retry).toMatchObject({ id: (first as { id: string }).id, success: true, created: false });
    const rows = await conn.query<{ Subject__c: string }>("SELECT Subject__c FROM Letter__c WHERE Portal_Id__c = 'portal-42'");
    expect(rows.records.map((r) => r.Subject__c)).toEqual(['v2']);
    await expect(conn.sobject('Letter__c').create({ Portal_Id__c: 'portal-42' })).rejects.toMatchObject({ errorCode: 'DUPLICATE_VALUE' });
    // Only external ID fields can key an upsert.
    await expect(conn.sobject('Letter__c').upsert({ Subject__c: 'x' }, 'Subject__c')).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('runs sObject Collections, rolling back everything with allOrNone', async () => {
    const letters = conn.sobject('Letter__c');
    const ok = await letters.create([{ Portal_Id__c: 'c-1' }, { Portal_Id__c: 'c-2' }], { allOrNone: true });
    expect(ok).toEqual([expect.objectContaining({ success: true }), expect.objectContaining({ success: true })]);

    const rolledBack = await letters.create([{ Portal_Id__c: 'c-3' }, { Portal_Id__c: 'c-1' }], { allOrNone: true });
    expect(rolledBack).toEqual([
      { success: false, errors: [expect.objectContaining({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' })] },
      { success: false, errors: [expect.objectContaining({ statusCode: 'DUPLICATE_VALUE' })] },
    ]);
    expect((await conn.query("SELECT COUNT() FROM Letter__c WHERE Portal_Id__c = 'c-3'")).totalSize).toBe(0);

    const partial = await letters.create([{ Portal_Id__c: 'c-4' }, { Portal_Id__c: 'c-1' }]);
    expect(partial.map((r) => r.success)).toEqual([true, false]);

    const ids = ok.map((r) => (r as { id: string }).id);
    const updated = await letters.update(ids.map((Id) => ({ Id, Status__c: 'Submitted' })), { allOrNone: true });
    expect(updated.every((r) => r.success)).toBe(true);
    const upserted = await letters.upsert([{ Portal_Id__c: 'c-1', Subject__c: 'again' }, { Portal_Id__c: 'c-9', Subject__c: 'new' }], 'Portal_Id__c');
    expect(upserted).toEqual([expect.objectContaining({ success: true, created: false, id: ids[0] }), expect.objectContaining({ success: true, created: true })]);
    const retrieved = await letters.retrieve([ids[0], ids[1]], { fields: ['Status__c', 'Subject__c'] });
    expect(retrieved).toMatchObject([{ Status__c: 'Submitted', Subject__c: 'again' }, { Status__c: 'Submitted' }]);
    const deleted = await letters.destroy(ids, { allOrNone: true });
    expect(deleted).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));
  });

  it('rejects collections over 200 records', async () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ Portal_Id__c: `too-many-${i}` }));
    await expect(conn.sobject('Letter__c').create(many)).rejects.toMatchObject({ errorCode: 'EXCEEDED_ID_LIMIT' });
  });

  it('describes objects and the org', async () => {
    const global = await conn.describeGlobal();
    expect(global.sobjects.map((s) => s.name)).toEqual(expect.arrayContaining(['Account', 'Contact', 'Project__c', 'Child__c', 'Sponsorship__c', 'Letter__c']));
    const letter = await conn.sobject('Letter__c').describe();
    expect(letter).toMatchObject({ name: 'Letter__c', keyPrefix: 'a04', custom: true });
    expect(letter.fields.find((f) => f.name === 'Portal_Id__c')).toMatchObject({ externalId: true, unique: true, idLookup: true, type: 'string' });
    expect(letter.fields.find((f) => f.name === 'Sponsorship__c')).toMatchObject({ type: 'reference', referenceTo: ['Sponsorship__c'], relationshipName: 'Sponsorship__r' });
    const child = await conn.sobject('Child__c').describe();
    expect(child.childRelationships).toEqual(expect.arrayContaining([expect.objectContaining({ childSObject: 'Sponsorship__c', field: 'Child__c', relationshipName: 'Sponsorships__r' })]));
    await expect(conn.sobject('Donation__c').describe()).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('reports updated and deleted records per minute window', async () => {
    clock.advance(60 * 60_000);
    const start = clock.now();
    const created = (await conn.sobject('Letter__c').create({ Portal_Id__c: 'sync-1' })) as { id: string };
    const other = (await conn.sobject('Letter__c').create({ Portal_Id__c: 'sync-2' })) as { id: string };
    clock.advance(2 * 60_000);
    await conn.sobject('Letter__c').destroy(other.id);
    clock.advance(2 * 60_000);
    const end = clock.now();

    const updated = await conn.sobject('Letter__c').updated(start.toISOString(), end.toISOString());
    expect(updated).toEqual({ ids: [created.id], latestDateCovered: end.toISOString().replace('Z', '+0000') });
    const deleted = await conn.sobject('Letter__c').deleted(start.toISOString(), end.toISOString());
    expect(deleted).toMatchObject({
      deletedRecords: [{ id: other.id, deletedDate: new Date(start.getTime() + 2 * 60_000).toISOString().replace('Z', '+0000') }],
      latestDateCovered: end.toISOString().replace('Z', '+0000'),
      earliestDateAvailable: expect.any(String),
    });
    const old = new Date(clock.now().getTime() - 31 * 86_400_000).toISOString();
    await expect(conn.sobject('Letter__c').updated(old, end.toISOString())).rejects.toMatchObject({ errorCode: 'INVALID_REPLICATION_DATE' });
    await expect(conn.sobject('Letter__c').deleted(end.toISOString(), start.toISOString())).rejects.toMatchObject({ errorCode: 'INVALID_REPLICATION_DATE' });
  });
});
