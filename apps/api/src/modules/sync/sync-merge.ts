import type { FieldMapping, Owner, PortalValues } from './sync-mapping';

/** One field as three versions: at the last sync (absent before the first), in the portal now, in Salesforce now. */
export interface FieldVersions {
  owner: Owner;
  base: unknown;
  hasBase: boolean;
  portal: unknown;
  salesforce: unknown;
}

export interface FieldDecision {
  /** The value both sides should hold after this sync. */
  value: unknown;
  winner: Owner;
  /** Both sides changed the field since the last sync, to different values. */
  conflict: boolean;
}

/** Values compare by their JSON form, so dates as strings and numbers as numbers match across sides. */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The merge rule: the field's owner wins, always. A conflict is recorded when both sides moved away from
 * the last synced value to different values (before the first sync nothing is a conflict).
 */
export function decideField(v: FieldVersions): FieldDecision {
  const value = v.owner === 'salesforce' ? v.salesforce : v.portal;
  const portalChanged = v.hasBase && !sameValue(v.portal, v.base);
  const salesforceChanged = v.hasBase && !sameValue(v.salesforce, v.base);
  const conflict = portalChanged && salesforceChanged && !sameValue(v.portal, v.salesforce);
  return { value, winner: v.owner, conflict };
}

export interface FieldConflict {
  field: string;
  base: unknown;
  portal: unknown;
  salesforce: unknown;
  winner: Owner;
}

export interface RecordMerge {
  /** Portal properties to change (only those that differ from the portal's current values). */
  patch: PortalValues;
  conflicts: FieldConflict[];
}

/** Applies `decideField` to every mapped field of a record coming in from Salesforce. */
export function mergeInbound(
  fields: readonly FieldMapping[],
  base: PortalValues | null,
  portal: PortalValues,
  salesforce: PortalValues,
): RecordMerge {
  const patch: PortalValues = {};
  const conflicts: FieldConflict[] = [];
  for (const f of fields) {
    const versions: FieldVersions = {
      owner: f.owner,
      base: base?.[f.portal],
      hasBase: !!base && f.portal in base,
      portal: portal[f.portal],
      salesforce: salesforce[f.portal],
    };
    const d = decideField(versions);
    if (d.conflict) conflicts.push({ field: f.portal, base: versions.base, portal: versions.portal, salesforce: versions.salesforce, winner: d.winner });
    if (!sameValue(d.value, portal[f.portal])) patch[f.portal] = d.value;
  }
  return { patch, conflicts };
}
