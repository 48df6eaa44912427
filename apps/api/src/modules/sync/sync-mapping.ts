/**
 * The declarative map between Salesforce objects/fields and portal entities/columns: who owns each
 * object and field, and which way each field flows. Pure data plus pure converters; no I/O.
 */

/** Who is the system of record: Salesforce for the NGO's master data, the portal for what happens in it. */
export type Owner = 'salesforce' | 'portal';

export type SfValue = string | number | boolean | null;
export type SfRecord = { Id: string; SystemModstamp?: string; [field: string]: unknown };
export type PortalValues = Record<string, unknown>;

export interface FieldMapping {
  /** Salesforce field API name. */
  sf: string;
  /** Portal entity property (inbound) or outbox payload key (outbound). */
  portal: string;
  owner: Owner;
  /**
   * Which way the field flows; by default from its owner. "both": either side may change it, the side
   * that changed it wins, and a change on both sides is a conflict staff resolve.
   */
  direction?: 'both';
  /** A lookup to the object of this mapping name: a Salesforce Id on one side, a portal id on the other. */
  ref?: string;
  /** The portal column is NOT NULL: a record without a value is parked rather than written. */
  required?: boolean;
  toPortal?: (value: unknown) => unknown;
  toSalesforce?: (value: unknown) => SfValue;
}

export interface ObjectMapping {
  /** Stable key: the cursor key, the outbox `entityType` and the link/parked/conflict `object`. */
  name: string;
  sObject: string;
  /** Salesforce-owned objects are read in (created, updated, deleted there); portal-owned ones are pushed out. */
  owner: Owner;
  /** TypeORM entity name holding the rows, when the portal has a table for them. */
  entity?: string;
  /** SOQL condition selecting this mapping's records when several mappings share an sObject. */
  where?: string;
  fields: FieldMapping[];
  /** Portal properties that identify a row created before the first sync (compared case-insensitively). */
  naturalKey?: string[];
  /** External ID used to upsert portal-owned records (never duplicates on retry). */
  externalId?: string;
  /** A portal-owned mapping whose two-way fields are also read back from Salesforce. */
  readBack?: boolean;
  /** Values for portal-only NOT NULL columns when the sync creates a row. */
  defaults?: (values: PortalValues) => PortalValues;
  /** What a delete in Salesforce does to the portal row: remove it, or set these values (keep history). */
  onDelete?: 'delete' | { retire: PortalValues };
}

const enumMap = (pairs: Record<string, string>) => {
  const reverse = Object.fromEntries(Object.entries(pairs).map(([k, v]) => [v, k]));
  return {
    toPortal: (v: unknown) => (v == null ? null : (pairs[String(v)] ?? null)),
    toSalesforce: (v: unknown) => (v == null ? null : (reverse[String(v)] ?? null)),
  };
};
const lower = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);
const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);

const partnerOrganization: ObjectMapping = {
  name: 'partnerOrganization',
  sObject: 'Account',
  owner: 'salesforce',
  entity: 'PartnerOrganization',
  where: "Type = 'Partner'",
  fields: [
    { sf: 'Name', portal: 'name', owner: 'salesforce', required: true },
    { sf: 'BillingCountryCode', portal: 'country', owner: 'salesforce', required: true, toPortal: upper },
  ],
  naturalKey: ['name'],
  onDelete: 'delete',
};

const account: ObjectMapping = {
  name: 'account',
  sObject: 'Account',
  owner: 'salesforce',
  entity: 'Account',
  where: "Type IN ('Household', 'Organization')",
  fields: [
    { sf: 'Name', portal: 'name', owner: 'salesforce', required: true },
    { sf: 'Type', portal: 'kind', owner: 'salesforce', required: true, ...enumMap({ Household: 'HOUSEHOLD', Organization: 'ORGANIZATION' }) },
  ],
  naturalKey: ['name'],
  onDelete: 'delete',
};

const sponsor: ObjectMapping = {
  name: 'sponsor',
  sObject: 'Contact',
  owner: 'salesforce',
  entity: 'User',
  fields: [
    { sf: 'Email', portal: 'email', owner: 'salesforce', required: true, toPortal: lower },
    { sf: 'FirstName', portal: 'firstName', owner: 'salesforce', toPortal: (v) => v ?? '' },
    { sf: 'LastName', portal: 'lastName', owner: 'salesforce', required: true },
    { sf: 'AccountId', portal: 'accountId', owner: 'salesforce', ref: 'account' },
  ],
  naturalKey: ['email'],
  // People created from Salesforce are invited sponsors: they set a password through an invitation.
  defaults: (v) => ({ role: 'SPONSOR', status: 'INVITED', locale: 'en', isAccountAdmin: false, displayName: `${v.firstName ?? ''} ${v.lastName ?? ''}`.trim() }),
  onDelete: { retire: { status: 'DEACTIVATED' } },
};

const project: ObjectMapping = {
  name: 'project',
  sObject: 'Project__c',
  owner: 'salesforce',
  entity: 'Project',
  fields: [
    { sf: 'Name', portal: 'name', owner: 'salesforce', required: true },
    { sf: 'Project_Code__c', portal: 'code', owner: 'salesforce', required: true },
    { sf: 'Country_Code__c', portal: 'country', owner: 'salesforce', required: true, toPortal: upper },
    { sf: 'Partner__c', portal: 'partnerOrganizationId', owner: 'salesforce', ref: 'partnerOrganization', required: true },
  ],
  naturalKey: ['code'],
  onDelete: 'delete',
};

const child: ObjectMapping = {
  name: 'child',
  sObject: 'Child__c',
  owner: 'salesforce',
  entity: 'Child',
  fields: [
    { sf: 'Child_Code__c', portal: 'code', owner: 'salesforce', required: true },
    { sf: 'First_Name__c', portal: 'firstName', owner: 'salesforce', required: true },
    { sf: 'Last_Name__c', portal: 'lastName', owner: 'salesforce', required: true },
    { sf: 'Birthdate__c', portal: 'birthDate', owner: 'salesforce', required: true },
    { sf: 'Gender__c', portal: 'gender', owner: 'salesforce', required: true, ...enumMap({ Female: 'FEMALE', Male: 'MALE' }) },
    { sf: 'Status__c', portal: 'status', owner: 'salesforce', required: true, ...enumMap({ Sponsored: 'ACTIVE', Available: 'WAITING', Departed: 'DEPARTED' }) },
    { sf: 'Project__c', portal: 'projectId', owner: 'salesforce', ref: 'project', required: true },
  ],
  naturalKey: ['code'],
  defaults: () => ({ photoKey: null }),
  // Children keep their history (sponsorships, letters): a deleted child has left the programme.
  onDelete: { retire: { status: 'DEPARTED' } },
};

const sponsorship: ObjectMapping = {
  name: 'sponsorship',
  sObject: 'Sponsorship__c',
  owner: 'salesforce',
  entity: 'Sponsorship',
  fields: [
    { sf: 'Sponsor__c', portal: 'sponsorId', owner: 'salesforce', ref: 'sponsor', required: true },
    { sf: 'Child__c', portal: 'childId', owner: 'salesforce', ref: 'child', required: true },
    { sf: 'Start_Date__c', portal: 'startDate', owner: 'salesforce', required: true },
    { sf: 'End_Date__c', portal: 'endDate', owner: 'salesforce' },
    { sf: 'Active__c', portal: 'active', owner: 'salesforce', toPortal: (v) => v !== false },
  ],
  naturalKey: ['sponsorId', 'childId'],
  onDelete: { retire: { active: false } },
};

/**
 * Letters are written in the portal and pushed to Letter__c (upsert by Portal_Id__c) through the outbox
 * the letters module fills in its transactions. Office staff may correct the text or its language in
 * Salesforce: those two fields are read back and merged.
 */
const letter: ObjectMapping = {
  name: 'letter',
  sObject: 'Letter__c',
  owner: 'portal',
  entity: 'Letter',
  externalId: 'Portal_Id__c',
  readBack: true,
  fields: [
    { sf: 'Sponsorship__c', portal: 'sponsorshipId', owner: 'portal', ref: 'sponsorship' },
    { sf: 'Sponsor__c', portal: 'sponsorId', owner: 'portal', ref: 'sponsor' },
    { sf: 'Child__c', portal: 'childId', owner: 'portal', ref: 'child' },
    { sf: 'Direction__c', portal: 'direction', owner: 'portal', ...enumMap({ 'Sponsor to Child': 'SPONSOR_TO_CHILD', 'Child to Sponsor': 'CHILD_TO_SPONSOR' }) },
    {
      sf: 'Status__c',
      portal: 'status',
      owner: 'portal',
      ...enumMap({ Draft: 'DRAFT', Submitted: 'SUBMITTED', 'Changes Requested': 'CHANGES_REQUESTED', Approved: 'APPROVED', Rejected: 'REJECTED', Printed: 'PRINTED', Delivered: 'DELIVERED' }),
    },
    { sf: 'Body__c', portal: 'body', owner: 'portal', direction: 'both' },
    { sf: 'Language__c', portal: 'language', owner: 'portal', direction: 'both' },
    { sf: 'Sent_At__c', portal: 'submittedAt', owner: 'portal', toSalesforce: (v) => (v == null ? null : new Date(String(v)).toISOString()) },
  ],
};

/**
 * Every mapping, parents before children (the order inbound applies and outbound sends). Media
 * metadata and requests will be portal-owned like letters: add their mappings after their parents.
 */
export const SYNC_MAPPINGS: readonly ObjectMapping[] = [partnerOrganization, account, sponsor, project, child, sponsorship, letter];

export function mappingByName(name: string, mappings: readonly ObjectMapping[] = SYNC_MAPPINGS): ObjectMapping {
  const found = mappings.find((m) => m.name === name);
  if (!found) throw new Error(`no sync mapping named "${name}"`);
  return found;
}

/** Fields that flow Salesforce → portal for this mapping. */
export const inboundFields = (m: ObjectMapping) => m.fields.filter((f) => f.owner === 'salesforce' || f.direction === 'both');
/** Fields that flow portal → Salesforce. */
export const outboundFields = (m: ObjectMapping) => m.fields.filter((f) => f.owner === 'portal' || f.direction === 'both');
/** Mappings the inbound sync reads: Salesforce-owned ones, and portal-owned ones with two-way fields. */
export const readMappings = (mappings: readonly ObjectMapping[]) => mappings.filter((m) => m.owner === 'salesforce' || m.readBack);

/** Checks that every mapping's lookups point at an earlier mapping (parents first); returns the problems. */
export function orderProblems(mappings: readonly ObjectMapping[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const m of mappings) {
    for (const f of m.fields) if (f.ref && !seen.has(f.ref)) problems.push(`${m.name}.${f.portal} → ${f.ref} comes later or does not exist`);
    seen.add(m.name);
  }
  return problems;
}

/** The SOQL that reads a Salesforce-owned mapping, from a SystemModstamp on (inclusive), oldest first. */
export function buildSoql(m: ObjectMapping, since: Date | null): string {
  const fields = ['Id', 'SystemModstamp', ...(m.readBack && m.externalId ? [m.externalId] : []), ...new Set(inboundFields(m).map((f) => f.sf))];
  // Read-back records exist in the portal only if the portal pushed them.
  const pushed = m.readBack && m.externalId ? `${m.externalId} != null` : undefined;
  const conditions = [m.where, pushed, since ? `SystemModstamp >= ${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : undefined].filter(Boolean);
  const where = conditions.length ? ` WHERE ${conditions.map((c) => (conditions.length > 1 ? `(${c})` : c)).join(' AND ')}` : '';
  return `SELECT ${fields.join(', ')} FROM ${m.sObject}${where} ORDER BY SystemModstamp ASC, Id ASC`;
}

export type InboundConversion =
  | { ok: true; values: PortalValues }
  | { ok: false; code: 'PARENT_MISSING' | 'REQUIRED_FIELD_MISSING'; message: string };

/**
 * Converts a Salesforce record to portal values. `resolve(mappingName, salesforceId)` gives the portal
 * id of an already synced parent; a missing parent or a missing required value is reported, not thrown.
 */
export function toPortal(m: ObjectMapping, record: SfRecord, resolve: (mapping: string, sfId: string) => string | undefined): InboundConversion {
  const values: PortalValues = {};
  for (const f of inboundFields(m)) {
    const raw = record[f.sf] ?? null;
    let value: unknown;
    if (f.ref) {
      value = raw == null ? null : resolve(f.ref, String(raw));
      if (raw != null && value === undefined) {
        return { ok: false, code: 'PARENT_MISSING', message: `${m.sObject}.${f.sf} points at ${String(raw)}, which is not in the portal yet` };
      }
    } else {
      value = f.toPortal ? f.toPortal(raw) : raw;
    }
    if (f.required && (value == null || value === '')) {
      return { ok: false, code: 'REQUIRED_FIELD_MISSING', message: `${m.sObject}.${f.sf} is empty or has an unknown value (${JSON.stringify(raw)})` };
    }
    values[f.portal] = value ?? null;
  }
  return { ok: true, values };
}

export type OutboundConversion =
  | { ok: true; record: Record<string, SfValue> }
  | { ok: false; code: 'PARENT_NOT_SYNCED'; message: string };

/**
 * Converts an outbox payload (portal values) to the Salesforce record to upsert, keyed by the external
 * ID carrying the portal id. Only portal-owned fields present in the payload are sent.
 */
export function toSalesforce(
  m: ObjectMapping,
  portalId: string,
  payload: PortalValues,
  resolve: (mapping: string, portalId: string) => string | undefined,
): OutboundConversion {
  if (!m.externalId) throw new Error(`mapping ${m.name} has no external ID to upsert by`);
  const record: Record<string, SfValue> = { [m.externalId]: portalId };
  for (const f of outboundFields(m)) {
    if (!(f.portal in payload)) continue;
    const raw = payload[f.portal];
    if (f.ref) {
      const id = raw == null ? null : resolve(f.ref, String(raw));
      if (raw != null && id === undefined) {
        return { ok: false, code: 'PARENT_NOT_SYNCED', message: `${f.portal} ${String(raw)} has no Salesforce record yet` };
      }
      record[f.sf] = id ?? null;
    } else {
      record[f.sf] = f.toSalesforce ? f.toSalesforce(raw) : ((raw ?? null) as SfValue);
    }
  }
  return { ok: true, record };
}

/** The natural-key values of portal values, normalized for comparison (null when incomplete). */
export function naturalKeyOf(m: ObjectMapping, values: PortalValues): string[] | null {
  if (!m.naturalKey) return null;
  const key = m.naturalKey.map((k) => values[k]);
  if (key.some((v) => v == null || v === '')) return null;
  return key.map((v) => String(v).trim().toLowerCase());
}

/** Fields of a mapping missing from a describe result: the org and the map disagree. */
export function missingFields(m: ObjectMapping, describedFieldNames: readonly string[]): string[] {
  const names = new Set(describedFieldNames.map((n) => n.toLowerCase()));
  const wanted = [...m.fields.map((f) => f.sf), ...(m.externalId ? [m.externalId] : [])];
  return wanted.filter((n) => !names.has(n.toLowerCase())).map((n) => `${m.sObject}.${n}`);
}
