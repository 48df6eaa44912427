import { decideField, decideTwoWay, guardOutbound, mergeInbound, type FieldVersions, type TwoWayVersions } from './sync-merge';
import type { FieldMapping } from './sync-mapping';

const v = (owner: FieldVersions['owner'], base: unknown, portal: unknown, salesforce: unknown, hasBase = true): FieldVersions => ({ owner, base, hasBase, portal, salesforce });

describe('sync merge decision', () => {
  it.each([
    // owner, base, portal, salesforce, hasBase → value, conflict
    ['first sync, Salesforce owns: Salesforce value, no conflict', v('salesforce', undefined, 'A', 'B', false), 'B', false],
    ['first sync, portal owns: portal value, no conflict', v('portal', undefined, 'A', 'B', false), 'A', false],
    ['nothing changed', v('salesforce', 'A', 'A', 'A'), 'A', false],
    ['only Salesforce changed a Salesforce field', v('salesforce', 'A', 'A', 'B'), 'B', false],
    ['only the portal changed a Salesforce field: Salesforce still wins', v('salesforce', 'A', 'P', 'A'), 'A', false],
    ['both changed a Salesforce field: Salesforce wins, conflict', v('salesforce', 'A', 'P', 'S'), 'S', true],
    ['both changed to the same value: no conflict', v('salesforce', 'A', 'X', 'X'), 'X', false],
    ['only Salesforce changed a portal field: portal wins', v('portal', 'A', 'A', 'S'), 'A', false],
    ['both changed a portal field: portal wins, conflict', v('portal', 'A', 'P', 'S'), 'P', true],
    ['null versus a value counts as a change', v('salesforce', null, 'P', 'S'), 'S', true],
    ['undefined and null are the same', v('salesforce', null, undefined, null), null, false],
  ])('%s', (_name, versions, value, conflict) => {
    const d = decideField(versions);
    expect(d.value).toEqual(value);
    expect(d.conflict).toBe(conflict);
    expect(d.winner).toBe(versions.owner);
  });

  const fields: FieldMapping[] = [
    { sf: 'Name', portal: 'name', owner: 'salesforce' },
    { sf: 'Type', portal: 'kind', owner: 'salesforce' },
    { sf: 'Note__c', portal: 'note', owner: 'portal' },
  ];

  it('patches only what differs from the portal, and lists conflicts', () => {
    const base = { name: 'Miller household', kind: 'HOUSEHOLD', note: 'n' };
    const portal = { name: 'Miller family', kind: 'HOUSEHOLD', note: 'portal note' };
    const salesforce = { name: 'The Millers', kind: 'ORGANIZATION', note: 'sf note' };
    const merged = mergeInbound(fields, base, portal, salesforce);
    expect(merged.patch).toEqual({ name: 'The Millers', kind: 'ORGANIZATION' });
    expect(merged.conflicts).toEqual([
      { field: 'name', base: 'Miller household', portal: 'Miller family', salesforce: 'The Millers', winner: 'salesforce' },
      { field: 'note', base: 'n', portal: 'portal note', salesforce: 'sf note', winner: 'portal' },
    ]);
  });

  it('has no conflicts and an empty patch when both sides agree', () => {
    const same = { name: 'A', kind: 'HOUSEHOLD', note: 'x' };
    expect(mergeInbound(fields, null, same, same)).toEqual({ patch: {}, conflicts: [], agreed: { name: 'A', kind: 'HOUSEHOLD', note: 'x' } });
  });
});

const tw = (base: unknown, portal: unknown, salesforce: unknown, pending = false, hasBase = true): TwoWayVersions => ({ base, hasBase, portal, salesforce, pending });

describe('two-way fields (acceptance 4 and 5)', () => {
  it.each([
    // base, portal, salesforce, pending → value, winner, conflict
    ['nothing changed', tw('A', 'A', 'A'), 'A', 'portal', false],
    ['only Salesforce changed: Salesforce wins', tw('A', 'A', 'S'), 'S', 'salesforce', false],
    ['only the portal changed: portal wins', tw('A', 'P', 'A'), 'P', 'portal', false],
    ['both changed to different values: conflict, the portal keeps its value', tw('A', 'P', 'S'), 'P', 'portal', true],
    ['both changed to the same value: no conflict', tw('A', 'X', 'X'), 'X', 'portal', false],
    ['pending portal change, Salesforce still at the base: no flip-flop', tw('A', 'P', 'A', true), 'P', 'portal', false],
    ['pending change already equal to Salesforce: no conflict', tw('A', 'S', 'S', true), 'S', 'portal', false],
    ['pending portal change and a Salesforce change: conflict', tw('A', 'P', 'S', true), 'P', 'portal', true],
    ['echo of our own write (Salesforce equals the base): nothing to do', tw('P', 'P', 'P'), 'P', 'portal', false],
    ['no base yet: the portal value is the base', tw(undefined, 'P', 'S', false, false), 'S', 'salesforce', false],
  ])('%s', (_name, versions, value, winner, conflict) => {
    expect(decideTwoWay(versions)).toEqual({ value, winner, conflict });
  });

  const twoWay: FieldMapping[] = [
    { sf: 'Body__c', portal: 'body', owner: 'portal', direction: 'both' },
    { sf: 'Language__c', portal: 'language', owner: 'portal', direction: 'both' },
  ];

  it('merges different fields: the portal keeps its pending body and takes the language Salesforce changed', () => {
    const base = { body: 'Hello', language: 'en' };
    const merged = mergeInbound(twoWay, base, { body: 'Hello Amani', language: 'en' }, { body: 'Hello', language: 'sw' }, new Set(['body']));
    expect(merged.patch).toEqual({ language: 'sw' });
    expect(merged.conflicts).toEqual([]);
    expect(merged.agreed).toEqual({ language: 'sw' });
  });

  it('reports the same field changed on both sides as a conflict with all three values', () => {
    const merged = mergeInbound(twoWay, { body: 'Hello', language: 'en' }, { body: 'Portal text', language: 'en' }, { body: 'Office text', language: 'en' });
    expect(merged.patch).toEqual({});
    expect(merged.conflicts).toEqual([{ field: 'body', base: 'Hello', portal: 'Portal text', salesforce: 'Office text', winner: 'portal' }]);
  });
});

describe('guard before a push', () => {
  const twoWay: FieldMapping[] = [
    { sf: 'Body__c', portal: 'body', owner: 'portal', direction: 'both' },
    { sf: 'Language__c', portal: 'language', owner: 'portal', direction: 'both' },
  ];
  type V = Record<string, unknown>;
  it.each<[string, V | null, V, V, V, string[]]>([
    // base, payload, Salesforce now → payload pushed, conflicting fields
    ['Salesforce unchanged since the base: everything goes out', { body: 'A', language: 'en' }, { body: 'P' }, { body: 'A', language: 'en' }, { body: 'P' }, []],
    ['Salesforce changed the pushed field: held back, conflict', { body: 'A' }, { body: 'P', status: 'SUBMITTED' }, { body: 'S' }, { status: 'SUBMITTED' }, ['body']],
    ['Salesforce changed it to the portal value: no conflict', { body: 'A' }, { body: 'P' }, { body: 'P' }, { body: 'P' }, []],
    ['Salesforce changed another field only: the pushed one goes out', { body: 'A', language: 'en' }, { body: 'P' }, { body: 'A', language: 'sw' }, { body: 'P' }, []],
    ['no base yet (first push): goes out', null, { body: 'P' }, { body: 'S' }, { body: 'P' }, []],
    ['Salesforce record not read (not there yet): goes out', { body: 'A' }, { body: 'P' }, {}, { body: 'P' }, []],
    ['null in Salesforce against a base value counts as a change', { language: 'en' }, { language: 'fr' }, { language: null }, {}, ['language']],
  ])('%s', (_name, base, payload, salesforce, pushed, conflicting) => {
    const g = guardOutbound(twoWay, base, payload, salesforce);
    expect(g.payload).toEqual(pushed);
    expect(g.conflicts.map((c) => c.field)).toEqual(conflicting);
    for (const c of g.conflicts) expect(c).toMatchObject({ base: base![c.field], portal: payload[c.field], salesforce: salesforce[c.field], winner: 'portal' });
  });
});
