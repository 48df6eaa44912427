import { decideField, mergeInbound, type FieldVersions } from './sync-merge';
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
    expect(mergeInbound(fields, null, same, same)).toEqual({ patch: {}, conflicts: [] });
  });
});
