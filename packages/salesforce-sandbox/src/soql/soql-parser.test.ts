import { parseSoql } from './soql-parser';
import type { SoqlQuery } from './soql-ast';

describe('parseSoql', () => {
  const accepted: [string, string, Partial<SoqlQuery>][] = [
    ['plain fields', 'SELECT Id, Name FROM Account', { select: [{ kind: 'field', path: ['Id'] }, { kind: 'field', path: ['Name'] }], from: 'Account' }],
    ['keywords in any case', 'select id from account', { select: [{ kind: 'field', path: ['id'] }], from: 'account' }],
    ['relationship field', 'SELECT Project__r.Name FROM Child__c', { select: [{ kind: 'field', path: ['Project__r', 'Name'] }] }],
    ['COUNT()', 'SELECT COUNT() FROM Contact', { select: [{ kind: 'count', path: undefined, alias: undefined }] }],
    ['COUNT(Id) with alias', 'SELECT COUNT(Id) total FROM Contact', { select: [{ kind: 'count', path: ['Id'], alias: 'total' }] }],
    ['string escapes', "SELECT Id FROM Account WHERE Name = 'O\\'Brien \\\\ \\n'", {
      where: { kind: 'compare', path: ['Name'], op: '=', value: { kind: 'string', value: "O'Brien \\ \n" } },
    }],
    ['<> as !=', 'SELECT Id FROM Account WHERE Name <> null', { where: { kind: 'compare', path: ['Name'], op: '!=', value: { kind: 'null' } } }],
    ['negative number', 'SELECT Id FROM Letter__c WHERE Photo_Count__c > -1.5', {
      where: { kind: 'compare', path: ['Photo_Count__c'], op: '>', value: { kind: 'number', value: -1.5 } },
    }],
    ['date literal', 'SELECT Id FROM Child__c WHERE Birthdate__c >= 2015-01-31', {
      where: { kind: 'compare', path: ['Birthdate__c'], op: '>=', value: { kind: 'date', value: '2015-01-31' } },
    }],
    ['datetime literal Z', 'SELECT Id FROM Account WHERE SystemModstamp > 2024-01-31T10:00:00Z', {
      where: { kind: 'compare', path: ['SystemModstamp'], op: '>', value: { kind: 'datetime', value: Date.UTC(2024, 0, 31, 10), text: '2024-01-31T10:00:00Z' } },
    }],
    ['datetime literal with offset', 'SELECT Id FROM Account WHERE SystemModstamp > 2024-01-31T10:00:00+02:00', {
      where: { kind: 'compare', path: ['SystemModstamp'], op: '>', value: { kind: 'datetime', value: Date.UTC(2024, 0, 31, 8), text: '2024-01-31T10:00:00+02:00' } },
    }],
    ['relative date', 'SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS:7', {
      where: { kind: 'compare', path: ['CreatedDate'], op: '=', value: { kind: 'relativeDate', name: 'LAST_N_DAYS', n: 7 } },
    }],
    ['IN and NOT IN', "SELECT Id FROM Child__c WHERE Status__c IN ('A', 'B') AND Gender__c NOT IN ('X')", {
      where: {
        kind: 'and',
        items: [
          { kind: 'in', path: ['Status__c'], negate: false, values: [{ kind: 'string', value: 'A' }, { kind: 'string', value: 'B' }] },
          { kind: 'in', path: ['Gender__c'], negate: true, values: [{ kind: 'string', value: 'X' }] },
        ],
      },
    }],
    ['NOT and parentheses', "SELECT Id FROM Account WHERE NOT (Name LIKE 'K%' OR Type = 'Partner')", {
      where: {
        kind: 'not',
        item: { kind: 'or', items: [{ kind: 'like', path: ['Name'], pattern: 'K%' }, { kind: 'compare', path: ['Type'], op: '=', value: { kind: 'string', value: 'Partner' } }] },
      },
    }],
    ['ORDER BY, LIMIT, OFFSET', 'SELECT Id FROM Account ORDER BY Name DESC NULLS FIRST, Id LIMIT 10 OFFSET 5', {
      orderBy: [
        { path: ['Name'], direction: 'DESC', nulls: 'FIRST' },
        { path: ['Id'], direction: 'ASC', nulls: 'FIRST' },
      ],
      limit: 10,
      offset: 5,
    }],
    ['DESC defaults to NULLS LAST', 'SELECT Id FROM Account ORDER BY Name DESC', { orderBy: [{ path: ['Name'], direction: 'DESC', nulls: 'LAST' }] }],
  ];

  it.each(accepted)('parses %s', (_name, soql, expected) => {
    expect(parseSoql(soql)).toMatchObject(expected);
  });

  const rejected: [string, string, RegExp][] = [
    ['missing FROM', 'SELECT Id Account', /unexpected token/],
    ['trailing garbage', 'SELECT Id FROM Account WHERE', /unexpected token: <EOF>/],
    ['mixed AND/OR without parentheses', "SELECT Id FROM Account WHERE Name = 'a' AND Type = 'b' OR Id = null", /unexpected token: 'OR'/],
    ['unterminated string', "SELECT Id FROM Account WHERE Name = 'abc", /expecting/],
    ['bad escape', "SELECT Id FROM Account WHERE Name = 'a\\q'", /illegal escape/],
    ['stray character', 'SELECT Id FROM Account WHERE Name = ?', /no viable alternative/],
    ['non-integer LIMIT', 'SELECT Id FROM Account LIMIT 1.5', /unexpected token/],
    ['subquery', 'SELECT Id, (SELECT Id FROM Contacts) FROM Account', /subqueries/],
    ['semi-join', 'SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact)', /semi-join/],
    ['GROUP BY', 'SELECT Type FROM Account GROUP BY Type', /GROUP/],
    ['LIKE without string', 'SELECT Id FROM Account WHERE Name LIKE 5', /unexpected token/],
  ];

  it.each(rejected)('rejects %s as MALFORMED_QUERY', (_name, soql, message) => {
    expect(() => parseSoql(soql)).toThrow(expect.objectContaining({ errorCode: 'MALFORMED_QUERY', message: expect.stringMatching(message) }));
  });

  it('reports the column of the offending token', () => {
    expect(() => parseSoql('SELECT Id FROM Account WHERE Name = ?')).toThrow(/ERROR at Row:1:Column:37/);
  });

  it('caps OFFSET at 2000', () => {
    expect(() => parseSoql('SELECT Id FROM Account OFFSET 2001')).toThrow(expect.objectContaining({ errorCode: 'NUMBER_OUTSIDE_VALID_RANGE' }));
  });
});
