import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OBJECT_DEFINITIONS } from '../schema/object-definitions';
import { SchemaRegistry } from '../schema/schema-registry';
import { SalesforceStore } from './store';

const schema = new SchemaRegistry(OBJECT_DEFINITIONS);

function makeStore(stateFile?: string) {
  let now = Date.UTC(2024, 0, 31, 10);
  const store = new SalesforceStore({ schema, clock: () => new Date(now), stateFile });
  return { store, tick: (ms: number) => (now += ms) };
}

describe('SalesforceStore writes', () => {
  it('creates with prefix, defaults, audit fields and computed names', () => {
    const { store } = makeStore();
    const contact = store.create('contact', { FirstName: 'Anna', LastName: 'Miller' }, { userId: '005000000000001' });
    expect(contact.Id).toMatch(/^003\w{15}$/);
    expect(contact).toMatchObject({
      Name: 'Anna Miller',
      IsDeleted: false,
      CreatedDate: '2024-01-31T10:00:00.000+0000',
      SystemModstamp: '2024-01-31T10:00:00.000+0000',
      CreatedById: '005000000000001',
    });
    const child = store.create('Child__c', { Name: 'A', Child_Code__c: 'KE-1' });
    expect(child).toMatchObject({ Status__c: 'Available' });
    const sponsorship = store.create('Sponsorship__c', { Sponsor__c: contact.Id, Child__c: child.Id.slice(0, 15) });
    expect(sponsorship).toMatchObject({ Name: 'SP-00001', Active__c: true, Child__c: child.Id });
  });

  it('updates SystemModstamp and LastModifiedDate but not CreatedDate', () => {
    const { store, tick } = makeStore();
    const account = store.create('Account', { Name: 'Miller household' });
    tick(60_000);
    store.update('Account', account.Id, { Type: 'Household' });
    expect(store.retrieve('Account', account.Id)).toMatchObject({
      Type: 'Household',
      CreatedDate: '2024-01-31T10:00:00.000+0000',
      LastModifiedDate: '2024-01-31T10:01:00.000+0000',
      SystemModstamp: '2024-01-31T10:01:00.000+0000',
    });
  });

  const invalid: [string, string, Record<string, unknown>, string][] = [
    ['unknown field', 'Account', { Name: 'x', Nope__c: 1 }, 'INVALID_FIELD'],
    ['read-only field', 'Contact', { LastName: 'x', Name: 'y' }, 'INVALID_FIELD_FOR_INSERT_UPDATE'],
    ['missing required', 'Contact', { FirstName: 'x' }, 'REQUIRED_FIELD_MISSING'],
    ['bad picklist', 'Account', { Name: 'x', Type: 'Nope' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
    ['bad email', 'Contact', { LastName: 'x', Email: 'nope' }, 'INVALID_EMAIL_ADDRESS'],
    ['too long', 'Project__c', { Name: 'x'.repeat(81) }, 'STRING_TOO_LONG'],
    ['bad date', 'Child__c', { Name: 'x', Birthdate__c: '2024-02-30' }, 'JSON_PARSER_ERROR'],
    ['bad boolean', 'Project__c', { Name: 'x', Active__c: 'yes' }, 'JSON_PARSER_ERROR'],
    ['malformed reference', 'Contact', { LastName: 'x', AccountId: 'abc' }, 'MALFORMED_ID'],
    ['reference to the wrong object', 'Contact', { LastName: 'x', AccountId: '003000000000001' }, 'FIELD_INTEGRITY_EXCEPTION'],
    ['reference to nothing', 'Contact', { LastName: 'x', AccountId: '001000000000009' }, 'INVALID_CROSS_REFERENCE_KEY'],
  ];

  it.each(invalid)('rejects %s with %s', (_name, type, input, errorCode) => {
    const { store } = makeStore();
    expect(() => store.create(type, input)).toThrow(expect.objectContaining({ errorCode }));
    expect(store.records(type)).toHaveLength(0);
  });

  it('enforces unique external IDs case-insensitively', () => {
    const { store } = makeStore();
    store.create('Contact', { LastName: 'a', Portal_Id__c: 'abc' });
    expect(() => store.create('Contact', { LastName: 'b', Portal_Id__c: 'ABC' })).toThrow(expect.objectContaining({ errorCode: 'DUPLICATE_VALUE' }));
  });

  it('upserts by external ID: creates once, then updates', () => {
    const { store } = makeStore();
    const first = store.upsert('Letter__c', 'Portal_Id__c', 'L-1', { Subject__c: 'Hi' });
    const second = store.upsert('Letter__c', 'portal_id__c', 'L-1', { Subject__c: 'Hello' });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, record: { Id: first.record.Id, Subject__c: 'Hello', Portal_Id__c: 'L-1' } });
    expect(store.records('Letter__c')).toHaveLength(1);
    expect(() => store.upsert('Letter__c', 'Subject__c', 'x', {})).toThrow(expect.objectContaining({ errorCode: 'NOT_FOUND' }));
  });

  it('soft-deletes, logs the deletion and clears lookups', () => {
    const { store, tick } = makeStore();
    const account = store.create('Account', { Name: 'a' });
    const contact = store.create('Contact', { LastName: 'b', AccountId: account.Id });
    tick(1000);
    store.delete('Account', account.Id);
    expect(() => store.retrieve('Account', account.Id)).toThrow(expect.objectContaining({ errorCode: 'NOT_FOUND' }));
    expect(() => store.delete('Account', account.Id)).toThrow(expect.objectContaining({ errorCode: 'ENTITY_IS_DELETED' }));
    expect(store.records('Account', true)[0]).toMatchObject({ IsDeleted: true });
    expect(store.retrieve('Contact', contact.Id).AccountId).toBeNull();
    expect(store.deletedBetween('Account', 0, Date.UTC(2030, 0))).toEqual([{ id: account.Id, deletedDate: '2024-01-31T10:00:01.000+0000' }]);
  });

  it('rolls a transaction back whole', () => {
    const { store } = makeStore();
    expect(() =>
      store.transaction(() => {
        store.create('Account', { Name: 'kept?' });
        store.create('Account', { Name: 'x', Type: 'Nope' });
      }),
    ).toThrow();
    expect(store.records('Account')).toHaveLength(0);
  });

  it('lists updated IDs in [start, end)', () => {
    const { store, tick } = makeStore();
    const a = store.create('Account', { Name: 'a' });
    tick(60_000);
    const b = store.create('Account', { Name: 'b' });
    const t1 = Date.UTC(2024, 0, 31, 10, 1);
    expect(store.updatedIds('Account', Date.UTC(2024, 0, 31, 10), t1)).toEqual([a.Id]);
    expect(store.updatedIds('Account', t1, t1 + 60_000)).toEqual([b.Id]);
  });

  it('persists to a state file atomically and loads it back', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sf-sandbox-')), 'state.json');
    const { store } = makeStore(file);
    const account = store.create('Account', { Name: 'Persisted' });
    const reopened = makeStore(file).store;
    expect(reopened.retrieve('Account', account.Id).Name).toBe('Persisted');
    expect(reopened.create('Account', { Name: 'next' }).Id).not.toBe(account.Id);
  });
});

describe('SalesforceStore transactions and persistence', () => {
  const newFile = () => join(mkdtempSync(join(tmpdir(), 'sf-sandbox-')), 'state.json');

  it('undoes an update, a delete with its cleared lookups and the counters when a transaction throws', () => {
    const { store } = makeStore();
    const account = store.create('Account', { Name: 'a' });
    const contact = store.create('Contact', { LastName: 'b', AccountId: account.Id });
    const child = store.create('Child__c', { Name: 'c', Child_Code__c: 'KE-1' });
    store.create('Sponsorship__c', { Sponsor__c: contact.Id, Child__c: child.Id });
    const everything = () => JSON.stringify(['Account', 'Contact', 'Child__c', 'Sponsorship__c'].map((t) => store.records(t, true)));
    const before = everything();
    expect(() =>
      store.transaction(() => {
        store.update('Contact', contact.Id, { FirstName: 'changed' });
        store.delete('Account', account.Id);
        store.create('Sponsorship__c', { Sponsor__c: contact.Id, Child__c: child.Id });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(everything()).toBe(before);
    expect(store.deletedBetween('Account', 0, Date.UTC(2030, 0))).toEqual([]);
    // The auto-number and the id counter were rolled back too.
    expect(store.create('Sponsorship__c', { Sponsor__c: contact.Id, Child__c: child.Id }).Name).toBe('SP-00002');
  });

  it('keeps external IDs unique and findable through updates, deletes and undone changes', () => {
    const { store } = makeStore();
    const a = store.create('Letter__c', { Portal_Id__c: 'A-1' });
    expect(() =>
      store.transaction(() => {
        store.update('Letter__c', a.Id, { Portal_Id__c: 'B-1' });
        store.create('Letter__c', { Portal_Id__c: 'C-1' });
        throw new Error('undo');
      }),
    ).toThrow('undo');
    expect(() => store.create('Letter__c', { Portal_Id__c: 'a-1' })).toThrow(expect.objectContaining({ errorCode: 'DUPLICATE_VALUE' }));
    expect(store.upsert('Letter__c', 'Portal_Id__c', 'a-1', { Subject__c: 'found' })).toMatchObject({ created: false, record: { Id: a.Id } });
    expect(store.create('Letter__c', { Portal_Id__c: 'B-1' }).Portal_Id__c).toBe('B-1');
    expect(store.create('Letter__c', { Portal_Id__c: 'C-1' }).Portal_Id__c).toBe('C-1');
    store.update('Letter__c', a.Id, { Portal_Id__c: 'D-1' });
    expect(store.create('Letter__c', { Portal_Id__c: 'A-1' }).Portal_Id__c).toBe('A-1');
    // A deleted record's external ID is free again; upsert no longer finds the deleted record.
    store.delete('Letter__c', a.Id);
    expect(store.upsert('Letter__c', 'Portal_Id__c', 'D-1', {}).created).toBe(true);
  });

  it('undoes only the failed part of a nested transaction the outer one survives (a savepoint)', () => {
    const file = newFile();
    const { store } = makeStore(file);
    store.transaction(() => {
      store.create('Account', { Name: 'kept' });
      expect(() => store.create('Account', { Name: 'bad', Type: 'Nope' })).toThrow();
      expect(() =>
        store.transaction(() => {
          store.create('Account', { Name: 'undone' });
          throw new Error('inner');
        }),
      ).toThrow('inner');
    });
    expect(store.records('Account').map((a) => a.Name)).toEqual(['kept']);
    expect(makeStore(file).store.records('Account').map((a) => a.Name)).toEqual(['kept']);
  });

  it('appends only what a commit changed to the journal, not the whole org', () => {
    const file = newFile();
    const { store } = makeStore(file);
    store.transaction(() => {
      for (let i = 0; i < 2000; i += 1) store.create('Contact', { LastName: `Contact ${i}` });
    });
    store.compact();
    expect(statSync(`${file}.journal`).size).toBe(0);
    const snapshot = statSync(file).size;
    const first = store.records('Contact')[0];
    store.update('Contact', first.Id, { FirstName: 'Changed' });
    const appended = statSync(`${file}.journal`).size;
    expect(appended).toBeGreaterThan(0);
    expect(appended).toBeLessThan(snapshot / 100);
    expect(statSync(file).size).toBe(snapshot);
    expect(makeStore(file).store.retrieve('Contact', first.Id).FirstName).toBe('Changed');
  });

  it('drops a journal line torn by a crash mid-append, and appends after it cleanly', () => {
    const file = newFile();
    const { store } = makeStore(file);
    const a = store.create('Account', { Name: 'committed' });
    appendFileSync(`${file}.journal`, '{"seq": 99, "nextId": 5, "records": {"Acc');
    const reopened = makeStore(file).store;
    expect(reopened.records('Account').map((r) => r.Name)).toEqual(['committed']);
    reopened.update('Account', a.Id, { Name: 'after the crash' });
    const b = reopened.create('Account', { Name: 'another' });
    reopened.close();
    const again = makeStore(file).store;
    expect(again.records('Account').map((r) => r.Name)).toEqual(['after the crash', 'another']);
    expect(again.retrieve('Account', b.Id).Name).toBe('another');
  });

  it('replays nothing twice when a crash comes between the new snapshot and emptying the journal', () => {
    const file = newFile();
    const { store } = makeStore(file);
    const a = store.create('Account', { Name: 'a' });
    store.delete('Account', a.Id);
    const journal = readFileSync(`${file}.journal`, 'utf8');
    store.compact();
    // The crash: the snapshot already holds the delete, but the journal was not emptied.
    writeFileSync(`${file}.journal`, journal);
    const reopened = makeStore(file).store;
    expect(reopened.deletedBetween('Account', 0, Date.UTC(2030, 0))).toHaveLength(1);
    expect(reopened.records('Account', true)).toHaveLength(1);
  });
});
