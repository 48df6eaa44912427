import type { SchemaRegistry } from '../schema/schema-registry';
import type { FieldDef, ObjectDef, SObjectRecord } from '../schema/schema-types';
import { formatSalesforceDateTime } from '../soql/soql-values';
import { SalesforceError } from '../salesforce-error';
import { isSalesforceId, normalizeId } from './salesforce-id';

export type WriteMode = 'create' | 'update';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks and normalises the fields of a create or update body against the object's schema,
 * raising the error Salesforce would (unknown field, read-only field, wrong type, bad reference).
 */
export function coerceFields(
  schema: SchemaRegistry,
  def: ObjectDef,
  input: Record<string, unknown>,
  mode: WriteMode,
  findById: (id: string) => SObjectRecord | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const readOnly: string[] = [];
  for (const [name, raw] of Object.entries(input)) {
    const field = schema.findField(def, name);
    if (!field) {
      throw new SalesforceError('INVALID_FIELD', `No such column '${name}' on sobject of type ${def.name}`);
    }
    if (mode === 'create' ? !field.createable : !field.updateable) {
      readOnly.push(field.name);
      continue;
    }
    out[field.name] = coerceValue(schema, field, raw, findById);
  }
  if (readOnly.length > 0) {
    throw new SalesforceError(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
      readOnly,
    );
  }
  return out;
}

/** Fields that are required on create (or nulled on update) but missing, in schema order. */
export function missingRequired(def: ObjectDef, record: Record<string, unknown>): string[] {
  return def.fields
    .filter((f) => f.required && (record[f.name] === null || record[f.name] === undefined || record[f.name] === ''))
    .map((f) => f.name);
}

function jsonError(field: FieldDef, raw: unknown): SalesforceError {
  const kind = typeof raw === 'string' ? 'VALUE_STRING' : typeof raw === 'number' ? 'VALUE_NUMBER' : typeof raw === 'boolean' ? 'VALUE_BOOLEAN' : 'START_OBJECT';
  return new SalesforceError(
    'JSON_PARSER_ERROR',
    `Cannot deserialize instance of ${field.type} from ${kind} value ${JSON.stringify(raw)} or request may be missing a required field`,
  );
}

function coerceValue(
  schema: SchemaRegistry,
  field: FieldDef,
  raw: unknown,
  findById: (id: string) => SObjectRecord | undefined,
): unknown {
  if (raw === null || raw === '') {
    // Salesforce stores an empty string as null, and a null checkbox as false.
    if (field.type === 'boolean') return false;
    if (!field.nillable) {
      throw new SalesforceError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${field.name}]`, [field.name]);
    }
    return null;
  }
  if (typeof raw === 'object') throw jsonError(field, raw);
  switch (field.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw jsonError(field, raw);
    case 'double':
    case 'currency':
    case 'int': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) throw jsonError(field, raw);
      return field.type === 'int' ? Math.trunc(n) : n;
    }
    case 'date': {
      const text = String(raw).slice(0, 10);
      const m = DATE.exec(text);
      const valid = m && new Date(`${text}T00:00:00Z`).getUTCDate() === Number(m[3]);
      if (typeof raw !== 'string' || !valid) throw jsonError(field, raw);
      return text;
    }
    case 'datetime': {
      const ms = typeof raw === 'string' ? Date.parse(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN;
      if (Number.isNaN(ms)) throw jsonError(field, raw);
      return formatSalesforceDateTime(ms);
    }
    case 'reference':
    case 'id':
      return checkReference(schema, field, String(raw), findById);
    default:
      return checkText(field, String(raw));
  }
}

function checkText(field: FieldDef, text: string): string {
  if (field.length !== undefined && text.length > field.length) {
    throw new SalesforceError(
      'STRING_TOO_LONG',
      `${field.label}: data value too large: ${text.slice(0, 40)} (max length=${field.length})`,
      [field.name],
    );
  }
  if (field.type === 'email' && !EMAIL.test(text)) {
    throw new SalesforceError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${text}`, [field.name]);
  }
  if (field.type === 'picklist' && field.picklistValues && !field.picklistValues.includes(text)) {
    throw new SalesforceError('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${field.label}: bad value for restricted picklist field: ${text}`, [field.name]);
  }
  return text;
}

function checkReference(
  schema: SchemaRegistry,
  field: FieldDef,
  id: string,
  findById: (id: string) => SObjectRecord | undefined,
): string {
  if (!isSalesforceId(id)) {
    throw new SalesforceError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${id}`, [field.name]);
  }
  const target = schema.objectForId(id);
  if (!target || !field.referenceTo?.includes(target.name)) {
    throw new SalesforceError(
      'FIELD_INTEGRITY_EXCEPTION',
      `${field.label}: id value of incorrect type: ${id}`,
      [field.name],
    );
  }
  const record = findById(id);
  if (!record) {
    throw new SalesforceError('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, [field.name]);
  }
  if (record.IsDeleted) throw new SalesforceError('ENTITY_IS_DELETED', 'entity is deleted', [field.name]);
  return normalizeId(id);
}
