import type { FieldDef, FieldType, ObjectDef } from './schema-types';

type FieldOptions = Partial<Omit<FieldDef, 'name' | 'type'>>;

function labelOf(name: string): string {
  return name.replace(/__c$/, '').replace(/_/g, ' ');
}

/** A read/write custom or standard field; options override the defaults. */
export function field(name: string, type: FieldType, options: FieldOptions = {}): FieldDef {
  return {
    name,
    label: labelOf(name),
    type,
    createable: true,
    updateable: true,
    nillable: type !== 'boolean' && !options.required,
    ...(type === 'string' || type === 'email' || type === 'phone' || type === 'url' || type === 'picklist'
      ? { length: 255 }
      : {}),
    ...(type === 'textarea' ? { length: 32768 } : {}),
    ...(type === 'boolean' ? { defaultValue: false } : {}),
    ...options,
  };
}

/** A lookup to another object; `relationshipName` defaults to the `__r` / `Id`-less form. */
export function lookup(name: string, target: string, options: FieldOptions = {}): FieldDef {
  const relationshipName = name.endsWith('__c') ? name.replace(/__c$/, '__r') : name.replace(/Id$/, '');
  return field(name, 'reference', { referenceTo: [target], relationshipName, length: 18, ...options });
}

/** An external ID: unique, indexed, usable in upsert. */
export function externalId(name: string, options: FieldOptions = {}): FieldDef {
  return field(name, 'string', { externalId: true, unique: true, length: 255, ...options });
}

function systemField(name: string, type: FieldType, options: FieldOptions = {}): FieldDef {
  return field(name, type, { createable: false, updateable: false, nillable: false, ...options });
}

/** The fields every object has, with `Name` shaped per object (plain, auto-number or compound). */
export function systemFields(name: FieldDef): FieldDef[] {
  return [
    systemField('Id', 'id', { label: 'Record ID', length: 18 }),
    systemField('IsDeleted', 'boolean', { label: 'Deleted' }),
    name,
    systemField('OwnerId', 'reference', {
      label: 'Owner ID',
      referenceTo: ['User'],
      relationshipName: 'Owner',
      createable: true,
      updateable: true,
      length: 18,
    }),
    systemField('CreatedDate', 'datetime', { label: 'Created Date' }),
    systemField('CreatedById', 'reference', { label: 'Created By ID', referenceTo: ['User'], relationshipName: 'CreatedBy', length: 18 }),
    systemField('LastModifiedDate', 'datetime', { label: 'Last Modified Date' }),
    systemField('LastModifiedById', 'reference', {
      label: 'Last Modified By ID',
      referenceTo: ['User'],
      relationshipName: 'LastModifiedBy',
      length: 18,
    }),
    systemField('SystemModstamp', 'datetime', { label: 'System Modstamp' }),
  ];
}

/** An object definition with the system fields prepended. */
export function object(def: Omit<ObjectDef, 'fields'> & { nameField: FieldDef; fields: FieldDef[] }): ObjectDef {
  const { nameField, fields, ...rest } = def;
  return { ...rest, fields: [...systemFields(nameField), ...fields] };
}
