/** Field types the sandbox models; names follow Salesforce's describe `type`. */
export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'url'
  | 'picklist'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'double'
  | 'currency'
  | 'int'
  | 'reference';

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  length?: number;
  /** Required on create (nillable false and no default). */
  required?: boolean;
  createable: boolean;
  updateable: boolean;
  nillable: boolean;
  externalId?: boolean;
  unique?: boolean;
  referenceTo?: string[];
  relationshipName?: string;
  /** Display format like 'SP-{00000}' for auto-number Name fields. */
  autoNumber?: string;
  calculated?: boolean;
  picklistValues?: string[];
  defaultValue?: unknown;
}

export interface ObjectDef {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  custom: boolean;
  fields: FieldDef[];
}

/** A stored record: field name → JSON value, always including Id. */
export type SObjectRecord = Record<string, unknown> & { Id: string };

export const STRING_TYPES: ReadonlySet<FieldType> = new Set([
  'string',
  'textarea',
  'email',
  'phone',
  'url',
  'picklist',
]);

export const NUMBER_TYPES: ReadonlySet<FieldType> = new Set(['double', 'currency', 'int']);
