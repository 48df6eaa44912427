import { OBJECT_DEFINITIONS } from '@portal/salesforce-sandbox';
import {
  SYNC_MAPPINGS,
  buildSoql,
  mappingByName,
  missingFields,
  naturalKeyOf,
  orderProblems,
  outboundFields,
  toPortal,
  toSalesforce,
  type ObjectMapping,
} from './sync-mapping';

const none = () => undefined;

describe('sync mapping', () => {
  it('lists parents before children', () => {
    expect(orderProblems(SYNC_MAPPINGS)).toEqual([]);
    expect(orderProblems([mappingByName('child'), mappingByName('project')])).toContain('child.projectId → project comes later or does not exist');
  });

  it('names only fields the Salesforce sandbox org has (same API names as the real org)', () => {
    const missing = SYNC_MAPPINGS.flatMap((m) => {
      const def = OBJECT_DEFINITIONS.find((d) => d.name === m.sObject)!;
      return missingFields(m, def.fields.map((f) => f.name));
    });
    expect(missing).toEqual([]);
    expect(missingFields(mappingByName('child'), ['Id', 'Name'])).toContain('Child__c.Child_Code__c');
  });

  it('gives each field one owner: Salesforce for master data, the portal for letters', () => {
    for (const m of SYNC_MAPPINGS) {
      expect(m.fields.every((f) => f.owner === m.owner)).toBe(true);
      if (m.owner === 'portal') expect(m.externalId).toBe('Portal_Id__c');
      else expect(m.entity).toBeTruthy();
    }
    expect(outboundFields(mappingByName('child'))).toEqual([]);
  });

  it('builds incremental SOQL ordered by SystemModstamp', () => {
    expect(buildSoql(mappingByName('project'), null)).toBe(
      'SELECT Id, SystemModstamp, Name, Project_Code__c, Country_Code__c, Partner__c FROM Project__c ORDER BY SystemModstamp ASC, Id ASC',
    );
    expect(buildSoql(mappingByName('account'), new Date('2026-01-02T03:04:05.678Z'))).toBe(
      "SELECT Id, SystemModstamp, Name, Type FROM Account WHERE (Type IN ('Household', 'Organization')) AND (SystemModstamp >= 2026-01-02T03:04:05Z) ORDER BY SystemModstamp ASC, Id ASC",
    );
  });

  const childRecord = {
    Id: 'a02000000000001AAA',
    Child_Code__c: 'KE-0100',
    First_Name__c: 'Amani',
    Last_Name__c: 'Otieno',
    Birthdate__c: '2015-03-04',
    Gender__c: 'Female',
    Status__c: 'Sponsored',
    Project__c: 'a01000000000001AAA',
  };

  it.each([
    ['converts values and resolves the parent', childRecord, { ok: true, values: expect.objectContaining({ gender: 'FEMALE', status: 'ACTIVE', projectId: 'p-1' }) }],
    ['parks a record whose parent is not in the portal', { ...childRecord, Project__c: 'a01000000000009AAA' }, { ok: false, code: 'PARENT_MISSING' }],
    ['parks a record without a required value', { ...childRecord, Birthdate__c: null }, { ok: false, code: 'REQUIRED_FIELD_MISSING' }],
    ['parks an unknown picklist value', { ...childRecord, Status__c: 'Graduated' }, { ok: false, code: 'REQUIRED_FIELD_MISSING' }],
    ['parks a missing required lookup', { ...childRecord, Project__c: null }, { ok: false, code: 'REQUIRED_FIELD_MISSING' }],
  ])('toPortal %s', (_name, record, expected) => {
    const resolve = (m: string, id: string) => (m === 'project' && id === 'a01000000000001AAA' ? 'p-1' : undefined);
    expect(toPortal(mappingByName('child'), record, resolve)).toMatchObject(expected);
  });

  it('normalizes contact emails and keeps an empty account lookup', () => {
    const r = toPortal(mappingByName('sponsor'), { Id: '003x', Email: ' Anna.Miller@Demo.Portal ', FirstName: null, LastName: 'Miller', AccountId: null }, none);
    expect(r).toEqual({ ok: true, values: { email: 'anna.miller@demo.portal', firstName: '', lastName: 'Miller', accountId: null } });
  });

  it('converts a letter payload for an upsert by Portal_Id__c, only with the keys present', () => {
    const resolve = (m: string, id: string) => (m === 'sponsorship' && id === 's-1' ? 'a03000000000001AAA' : undefined);
    const r = toSalesforce(mappingByName('letter'), 'l-1', { sponsorshipId: 's-1', status: 'SUBMITTED', body: 'Hello', submittedAt: '2026-01-02T03:04:05.000Z' }, resolve);
    expect(r).toEqual({
      ok: true,
      record: { Portal_Id__c: 'l-1', Sponsorship__c: 'a03000000000001AAA', Status__c: 'Submitted', Body__c: 'Hello', Sent_At__c: '2026-01-02T03:04:05.000Z' },
    });
    expect(toSalesforce(mappingByName('letter'), 'l-2', { sponsorshipId: 's-9' }, resolve)).toMatchObject({ ok: false, code: 'PARENT_NOT_SYNCED' });
    expect(() => toSalesforce(mappingByName('child'), 'c-1', {}, resolve)).toThrow(/no external ID/);
  });

  it('compares natural keys case-insensitively and ignores incomplete ones', () => {
    const m: ObjectMapping = mappingByName('sponsorship');
    expect(naturalKeyOf(m, { sponsorId: 'U-1', childId: 'C-1' })).toEqual(['u-1', 'c-1']);
    expect(naturalKeyOf(m, { sponsorId: 'U-1', childId: null })).toBeNull();
    expect(naturalKeyOf(mappingByName('letter'), {})).toBeNull();
  });
});
