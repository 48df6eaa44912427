import type { FieldMapping, Owner, PortalValues } from './sync-mapping';

/** One field as three versions: at the last sync (absent before the first), in the portal now, in Salesforce now. */
export interface FieldVersions {
  owner: Owner;
  base: unknown;
  hasBase: boolean;
  portal: unknown;
  salesforce: unknown;
}

/** A two-way field: the side that changed it wins; both sides changing it is a conflict. */
export interface TwoWayVersions {
  base: unknown;
  hasBase: boolean;
  portal: unknown;
  salesforce: unknown;
  /** A portal change of this field waits in the outbox: Salesforce must not overwrite it (no flip-flop). */
  pending: boolean;
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

/**
 * The two-way rule. Without a base the portal value is the base (the portal pushed the record). Only
 * Salesforce changed it: Salesforce's value, unless a portal change is pending. Both changed to different
 * values: a conflict, and the portal keeps its value until staff decide (Salesforce's is in the conflict).
 */
export function decideTwoWay(v: TwoWayVersions): FieldDecision {
  const base = v.hasBase ? v.base : v.portal;
  const salesforceChanged = !sameValue(v.salesforce, base);
  const portalChanged = v.pending || !sameValue(v.portal, base);
  const conflict = salesforceChanged && portalChanged && !sameValue(v.portal, v.salesforce);
  if (salesforceChanged && !portalChanged) return { value: v.salesforce, winner: 'salesforce', conflict: false };
  return { value: v.portal, winner: 'portal', conflict };
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
  /** Fields both sides now agree on, with that value: the new base. */
  agreed: PortalValues;
}

/**
 * Applies `decideField` (or `decideTwoWay` for two-way fields) to every mapped field of a record coming
 * in from Salesforce. `pending` names the fields a waiting outbox row carries.
 */
export function mergeInbound(
  fields: readonly FieldMapping[],
  base: PortalValues | null,
  portal: PortalValues,
  salesforce: PortalValues,
  pending: ReadonlySet<string> = new Set(),
): RecordMerge {
  const patch: PortalValues = {};
  const conflicts: FieldConflict[] = [];
  const agreed: PortalValues = {};
  for (const f of fields) {
    const versions: FieldVersions = {
      owner: f.owner,
      base: base?.[f.portal],
      hasBase: !!base && f.portal in base,
      portal: portal[f.portal],
      salesforce: salesforce[f.portal],
    };
    const d = f.direction === 'both' ? decideTwoWay({ ...versions, pending: pending.has(f.portal) }) : decideField(versions);
    if (sameValue(d.value, versions.salesforce)) agreed[f.portal] = versions.salesforce;
    if (d.conflict) conflicts.push({ field: f.portal, base: versions.base, portal: versions.portal, salesforce: versions.salesforce, winner: d.winner });
    if (!sameValue(d.value, portal[f.portal])) patch[f.portal] = d.value;
  }
  return { patch, conflicts, agreed };
}

export interface OutboundGuard {
  /** The payload to push: held-back fields removed. */
  payload: PortalValues;
  /** Two-way fields Salesforce changed since the base to another value than the portal's: kept out of the push. */
  conflicts: FieldConflict[];
}

/**
 * The last check before a push, against Salesforce's values read just now. A two-way field Salesforce
 * changed since the last sync (the base) to a different value than the portal's would be overwritten by
 * the push: it is held back and becomes a conflict (the portal keeps its value, Salesforce keeps its
 * own, staff decide). Without a base (first push) or with Salesforce unchanged, the field goes out.
 */
export function guardOutbound(
  twoWay: readonly FieldMapping[],
  base: PortalValues | null,
  payload: PortalValues,
  salesforce: PortalValues,
): OutboundGuard {
  const out: PortalValues = { ...payload };
  const conflicts: FieldConflict[] = [];
  for (const f of twoWay) {
    if (!(f.portal in payload) || !base || !(f.portal in base) || !(f.portal in salesforce)) continue;
    const salesforceChanged = !sameValue(salesforce[f.portal], base[f.portal]);
    if (!salesforceChanged || sameValue(salesforce[f.portal], payload[f.portal])) continue;
    delete out[f.portal];
    conflicts.push({ field: f.portal, base: base[f.portal], portal: payload[f.portal], salesforce: salesforce[f.portal], winner: 'portal' });
  }
  return { payload: out, conflicts };
}
