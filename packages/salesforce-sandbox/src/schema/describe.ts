import type { SchemaRegistry } from './schema-registry';
import type { FieldDef, FieldType, ObjectDef } from './schema-types';

const SOAP_TYPES: Record<FieldType, string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  string: 'xsd:string',
  textarea: 'xsd:string',
  email: 'xsd:string',
  phone: 'xsd:string',
  url: 'xsd:string',
  picklist: 'xsd:string',
  boolean: 'xsd:boolean',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
  double: 'xsd:double',
  currency: 'xsd:double',
  int: 'xsd:int',
};

function objectUrls(def: ObjectDef, base: string): Record<string, string> {
  const sobject = `${base}/sobjects/${def.name}`;
  return { sobject, describe: `${sobject}/describe`, rowTemplate: `${sobject}/{ID}` };
}

function objectFlags(def: ObjectDef) {
  const writable = def.name !== 'User';
  return {
    activateable: false,
    createable: writable,
    custom: def.custom,
    customSetting: false,
    deletable: writable,
    deprecatedAndHidden: false,
    feedEnabled: false,
    keyPrefix: def.keyPrefix,
    label: def.label,
    labelPlural: def.labelPlural,
    layoutable: true,
    mergeable: def.name === 'Account' || def.name === 'Contact',
    mruEnabled: true,
    name: def.name,
    queryable: true,
    replicateable: true,
    retrieveable: true,
    searchable: true,
    triggerable: true,
    undeletable: writable,
    updateable: writable,
  };
}

function describeField(field: FieldDef): Record<string, unknown> {
  const isText = ['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'id', 'reference'].includes(field.type);
  return {
    name: field.name,
    label: field.label,
    type: field.type,
    soapType: SOAP_TYPES[field.type],
    length: isText ? (field.length ?? 0) : 0,
    byteLength: isText ? (field.length ?? 0) * 3 : 0,
    digits: field.type === 'int' ? 9 : 0,
    precision: field.type === 'double' || field.type === 'currency' ? 18 : 0,
    scale: field.type === 'double' || field.type === 'currency' ? 2 : 0,
    nillable: field.nillable,
    createable: field.createable,
    updateable: field.updateable,
    defaultedOnCreate: field.defaultValue !== undefined || ['Id', 'IsDeleted', 'OwnerId', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp'].includes(field.name) || Boolean(field.autoNumber),
    defaultValue: field.defaultValue ?? null,
    calculated: Boolean(field.calculated),
    autoNumber: Boolean(field.autoNumber),
    externalId: Boolean(field.externalId),
    unique: Boolean(field.unique),
    idLookup: field.name === 'Id' || Boolean(field.externalId),
    nameField: field.name === 'Name',
    custom: field.name.endsWith('__c'),
    caseSensitive: false,
    filterable: field.type !== 'textarea',
    sortable: field.type !== 'textarea',
    groupable: field.type !== 'textarea' && field.type !== 'datetime',
    referenceTo: field.referenceTo ?? [],
    relationshipName: field.relationshipName ?? null,
    cascadeDelete: false,
    restrictedPicklist: field.type === 'picklist',
    picklistValues: (field.picklistValues ?? []).map((value) => ({
      active: true,
      defaultValue: value === field.defaultValue,
      label: value,
      validFor: null,
      value,
    })),
  };
}

/** The body of GET /sobjects/{type}/describe. */
export function describeSObject(schema: SchemaRegistry, def: ObjectDef, base: string): Record<string, unknown> {
  return {
    ...objectFlags(def),
    fields: def.fields.map(describeField),
    childRelationships: schema.childRelationships(def.name).map((rel) => ({
      cascadeDelete: false,
      childSObject: rel.childSObject,
      deprecatedAndHidden: false,
      field: rel.field,
      relationshipName: rel.relationshipName,
      restrictedDelete: false,
    })),
    recordTypeInfos: [],
    supportedScopes: [{ label: 'All', name: 'everything' }],
    urls: objectUrls(def, base),
  };
}

/** The body of GET /sobjects (describeGlobal). */
export function describeGlobal(schema: SchemaRegistry, base: string): Record<string, unknown> {
  return {
    encoding: 'UTF-8',
    maxBatchSize: 200,
    sobjects: schema.definitions.map((def) => ({ ...objectFlags(def), urls: objectUrls(def, base) })),
  };
}

/** The body of GET /sobjects/{type}. */
export function sobjectBasicInfo(def: ObjectDef, base: string): Record<string, unknown> {
  return { objectDescribe: { ...objectFlags(def), urls: objectUrls(def, base) }, recentItems: [] };
}
