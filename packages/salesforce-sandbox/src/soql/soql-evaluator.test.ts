import { OBJECT_DEFINITIONS } from '../schema/object-definitions';
import { SchemaRegistry } from '../schema/schema-registry';
import type { SObjectRecord } from '../schema/schema-types';
import { runSoql, type SoqlDataSource } from './soql-evaluator';

const schema = new SchemaRegistry(OBJECT_DEFINITIONS);
const P1 = 'a01000000000001AAA';
const P2 = 'a01000000000002AAA';
const A1 = '001000000000001AAA';

function rec(type: string, fields: Record<string, unknown>): SObjectRecord & { type: string } {
  return { type, IsDeleted: false, ...fields } as unknown as SObjectRecord & { type: string };
}

const records = [
  rec('Account', { Id: A1, Name: 'Kibera Community Trust', Type: 'Partner' }),
  rec('Project__c', { Id: P1, Name: 'Kibera Learning Centre', Project_Code__c: 'KE', Partner__c: A1 }),
  rec('Project__c', { Id: P2, Name: 'Gulu Youth Project', Project_Code__c: 'UG', Partner__c: null }),
  rec('Child__c', { Id: 'a02000000000001AAA', Name: 'Amani', Child_Code__c: 'KE-0001', Birthdate__c: '2015-03-01', Status__c: 'Sponsored', Project__c: P1, CreatedDate: '2024-01-31T10:00:00.000+0000' }),
  rec('Child__c', { Id: 'a02000000000002AAA', Name: 'baraka', Child_Code__c: 'KE-0002', Birthdate__c: '2016-07-15', Status__c: 'Available', Project__c: P1, CreatedDate: '2024-02-01T09:00:00.000+0000' }),
  rec('Child__c', { Id: 'a02000000000003AAA', Name: 'Okello', Child_Code__c: 'UG-0001', Birthdate__c: null, Status__c: 'Available', Project__c: P2, CreatedDate: '2024-02-02T08:00:00.000+0000' }),
  rec('Child__c', { Id: 'a02000000000004AAA', Name: "O'Neil_1", Child_Code__c: 'UG-0002', Birthdate__c: '2014-01-01', Status__c: 'Departed', Project__c: null, CreatedDate: '2024-02-03T08:00:00.000+0000' }),
  rec('Child__c', { Id: 'a02000000000005AAA', Name: 'Gone', Child_Code__c: 'UG-0003', IsDeleted: true, Project__c: P2 }),
  rec('Letter__c', { Id: 'a04000000000001AAA', Photo_Count__c: 2, Body__c: 'hello' }),
];

const source: SoqlDataSource = {
  schema,
  records: (name, includeDeleted) => records.filter((r) => r.type === name && (includeDeleted || !r.IsDeleted)),
  findById: (id) => records.find((r) => r.Id.slice(0, 15) === id.slice(0, 15)),
};

const options = { now: new Date('2024-02-03T12:00:00Z'), recordUrl: (type: string, id: string) => `/sobjects/${type}/${id}` };
const codes = (soql: string, includeDeleted = false): unknown[] =>
  runSoql(soql, source, { ...options, includeDeleted }).records.map((r) => r.Child_Code__c);

describe('runSoql filtering and ordering', () => {
  const cases: [string, string, string[]][] = [
    ['all, ordered', 'SELECT Child_Code__c FROM Child__c ORDER BY Child_Code__c', ['KE-0001', 'KE-0002', 'UG-0001', 'UG-0002']],
    ['= is case-insensitive for text', "SELECT Child_Code__c FROM Child__c WHERE Name = 'BARAKA'", ['KE-0002']],
    ['!= includes nulls', "SELECT Child_Code__c FROM Child__c WHERE Birthdate__c != 2015-03-01 ORDER BY Child_Code__c", ['KE-0002', 'UG-0001', 'UG-0002']],
    ['= null', 'SELECT Child_Code__c FROM Child__c WHERE Project__c = null', ['UG-0002']],
    ['date range', 'SELECT Child_Code__c FROM Child__c WHERE Birthdate__c >= 2015-01-01 AND Birthdate__c < 2016-12-31 ORDER BY Birthdate__c DESC', ['KE-0002', 'KE-0001']],
    ['datetime with offset', 'SELECT Child_Code__c FROM Child__c WHERE CreatedDate > 2024-02-01T10:30:00+02:00 ORDER BY CreatedDate', ['KE-0002', 'UG-0001', 'UG-0002']],
    ['relative date', 'SELECT Child_Code__c FROM Child__c WHERE CreatedDate = LAST_N_DAYS:1 ORDER BY CreatedDate', ['UG-0001', 'UG-0002']],
    ['IN', "SELECT Child_Code__c FROM Child__c WHERE Status__c IN ('sponsored', 'Departed') ORDER BY Child_Code__c", ['KE-0001', 'UG-0002']],
    ['NOT IN', "SELECT Child_Code__c FROM Child__c WHERE Status__c NOT IN ('Available') ORDER BY Child_Code__c", ['KE-0001', 'UG-0002']],
    ['LIKE % case-insensitive', "SELECT Child_Code__c FROM Child__c WHERE Name LIKE 'o%' ORDER BY Child_Code__c", ['UG-0001', 'UG-0002']],
    ['LIKE _', "SELECT Child_Code__c FROM Child__c WHERE Child_Code__c LIKE 'KE-000_' ORDER BY Child_Code__c", ['KE-0001', 'KE-0002']],
    ['LIKE escaped _', "SELECT Child_Code__c FROM Child__c WHERE Name LIKE '%\\_1'", ['UG-0002']],
    ['escaped quote', "SELECT Child_Code__c FROM Child__c WHERE Name = 'O\\'Neil_1'", ['UG-0002']],
    ['OR in parentheses with AND', "SELECT Child_Code__c FROM Child__c WHERE (Name = 'Amani' OR Name = 'Okello') AND Status__c = 'Available'", ['UG-0001']],
    ['NOT', "SELECT Child_Code__c FROM Child__c WHERE NOT Child_Code__c LIKE 'KE%' ORDER BY Child_Code__c", ['UG-0001', 'UG-0002']],
    ['parent field filter', "SELECT Child_Code__c FROM Child__c WHERE Project__r.Project_Code__c = 'KE' ORDER BY Child_Code__c", ['KE-0001', 'KE-0002']],
    ['two levels up', "SELECT Child_Code__c FROM Child__c WHERE Project__r.Partner__r.Name LIKE 'Kibera%' ORDER BY Child_Code__c", ['KE-0001', 'KE-0002']],
    ['15-char id matches 18-char', "SELECT Child_Code__c FROM Child__c WHERE Project__c = 'a01000000000002' AND Id != 'a02000000000001AAA'", ['UG-0001']],
    ['order nulls first (ASC default)', 'SELECT Child_Code__c FROM Child__c ORDER BY Birthdate__c', ['UG-0001', 'UG-0002', 'KE-0001', 'KE-0002']],
    ['order nulls last', 'SELECT Child_Code__c FROM Child__c ORDER BY Birthdate__c ASC NULLS LAST', ['UG-0002', 'KE-0001', 'KE-0002', 'UG-0001']],
    ['order by parent then own field', 'SELECT Child_Code__c FROM Child__c ORDER BY Project__r.Name DESC NULLS LAST, Child_Code__c DESC', ['KE-0002', 'KE-0001', 'UG-0001', 'UG-0002']],
    ['text order is case-insensitive', 'SELECT Child_Code__c FROM Child__c ORDER BY Name', ['KE-0001', 'KE-0002', 'UG-0002', 'UG-0001']],
    ['LIMIT and OFFSET', 'SELECT Child_Code__c FROM Child__c ORDER BY Child_Code__c LIMIT 2 OFFSET 1', ['KE-0002', 'UG-0001']],
    ['boolean field', 'SELECT Child_Code__c FROM Child__c WHERE IsDeleted = false AND Child_Code__c LIKE \'UG%\' ORDER BY Child_Code__c', ['UG-0001', 'UG-0002']],
  ];

  it.each(cases)('%s', (_name, soql, expected) => {
    expect(codes(soql)).toEqual(expected);
  });

  it('queryAll includes deleted records', () => {
    expect(codes("SELECT Child_Code__c FROM Child__c WHERE IsDeleted = true", true)).toEqual(['UG-0003']);
  });
});

describe('runSoql result shape', () => {
  it('nests parent fields under the relationship name with attributes, null when unset', () => {
    const result = runSoql(
      "SELECT Id, child_code__c, Project__r.Name, Project__r.Partner__r.Name FROM Child__c WHERE Child_Code__c IN ('KE-0001', 'UG-0002') ORDER BY Child_Code__c",
      source,
      options,
    );
    expect(result.totalSize).toBe(2);
    expect(result.records).toEqual([
      {
        attributes: { type: 'Child__c', url: '/sobjects/Child__c/a02000000000001AAA' },
        Id: 'a02000000000001AAA',
        Child_Code__c: 'KE-0001',
        Project__r: {
          attributes: { type: 'Project__c', url: `/sobjects/Project__c/${P1}` },
          Name: 'Kibera Learning Centre',
          Partner__r: { attributes: { type: 'Account', url: `/sobjects/Account/${A1}` }, Name: 'Kibera Community Trust' },
        },
      },
      { attributes: { type: 'Child__c', url: '/sobjects/Child__c/a02000000000004AAA' }, Id: 'a02000000000004AAA', Child_Code__c: 'UG-0002', Project__r: null },
    ]);
  });

  it('answers COUNT() with totalSize and no records', () => {
    expect(runSoql("SELECT COUNT() FROM Child__c WHERE Status__c = 'Available'", source, options)).toEqual({ totalSize: 2, records: [] });
  });

  it('answers COUNT(field) as an AggregateResult', () => {
    expect(runSoql('SELECT COUNT(Birthdate__c) n FROM Child__c', source, options).records).toEqual([{ attributes: { type: 'AggregateResult' }, n: 3 }]);
  });
});

describe('runSoql errors', () => {
  const cases: [string, string, string, RegExp][] = [
    ['unknown object', 'SELECT Id FROM Nope__c', 'INVALID_TYPE', /sObject type 'Nope__c' is not supported/],
    ['unknown field', 'SELECT Id, Nope__c FROM Child__c', 'INVALID_FIELD', /No such column 'Nope__c' on entity 'Child__c'/],
    ['unknown field in WHERE', "SELECT Id FROM Child__c WHERE Nope = 'x'", 'INVALID_FIELD', /No such column 'Nope'/],
    ['unknown relationship', 'SELECT Nope__r.Name FROM Child__c', 'INVALID_FIELD', /Didn't understand relationship 'Nope__r'/],
    ['string compared with number', 'SELECT Id FROM Child__c WHERE Name = 5', 'INVALID_FIELD', /must be of type string/],
    ['date compared with string', "SELECT Id FROM Child__c WHERE Birthdate__c = '2015-03-01'", 'INVALID_FIELD', /must be of type date/],
    ['datetime compared with date', 'SELECT Id FROM Child__c WHERE CreatedDate > 2024-01-01', 'INVALID_FIELD', /must be of type dateTime/],
    ['bad id literal', "SELECT Id FROM Child__c WHERE Id = 'abc'", 'INVALID_QUERY_FILTER_OPERATOR', /invalid ID field/],
    ['textarea filter', "SELECT Id FROM Letter__c WHERE Body__c = 'hello'", 'INVALID_FIELD', /can not be filtered/],
    ['duplicate field', 'SELECT Id, id FROM Child__c', 'MALFORMED_QUERY', /duplicate field/],
    ['COUNT() mixed with fields', 'SELECT COUNT(), Id FROM Child__c', 'MALFORMED_QUERY', /grouped or aggregated/],
    ['< null', 'SELECT Id FROM Child__c WHERE Name < null', 'INVALID_QUERY_FILTER_OPERATOR', /null/],
  ];

  it.each(cases)('%s → %s', (_name, soql, errorCode, message) => {
    expect(() => runSoql(soql, source, options)).toThrow(expect.objectContaining({ errorCode, message: expect.stringMatching(message) }));
  });
});
