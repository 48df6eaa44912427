import { SalesforceError } from '../salesforce-error';
import type { FieldDef, ObjectDef } from './schema-types';

export interface ChildRelationship {
  childSObject: string;
  field: string;
  relationshipName: string | null;
}

/** Case-insensitive look-ups over object definitions, as Salesforce resolves API names. */
export class SchemaRegistry {
  private readonly objects = new Map<string, ObjectDef>();
  private readonly byPrefix = new Map<string, ObjectDef>();

  constructor(readonly definitions: readonly ObjectDef[]) {
    for (const def of definitions) {
      this.objects.set(def.name.toLowerCase(), def);
      this.byPrefix.set(def.keyPrefix, def);
    }
  }

  findObject(name: string): ObjectDef | undefined {
    return this.objects.get(name.toLowerCase());
  }

  /** The object, or INVALID_TYPE (404 on REST resources, 400 in SOQL: the caller picks). */
  object(name: string, status = 404): ObjectDef {
    const def = this.findObject(name);
    if (!def) throw new SalesforceError('NOT_FOUND', 'The requested resource does not exist', [], status);
    return def;
  }

  objectForId(id: string): ObjectDef | undefined {
    return this.byPrefix.get(id.slice(0, 3));
  }

  findField(def: ObjectDef, name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    return def.fields.find((f) => f.name.toLowerCase() === lower);
  }

  /** The reference field whose relationship name is `name` (e.g. Project__r → Project__c). */
  findRelationship(def: ObjectDef, name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    return def.fields.find((f) => f.relationshipName?.toLowerCase() === lower);
  }

  externalIdFields(def: ObjectDef): FieldDef[] {
    return def.fields.filter((f) => f.externalId);
  }

  childRelationships(name: string): ChildRelationship[] {
    const result: ChildRelationship[] = [];
    for (const def of this.definitions) {
      for (const f of def.fields) {
        if (f.type === 'reference' && f.referenceTo?.includes(name) && !['CreatedById', 'LastModifiedById', 'OwnerId'].includes(f.name)) {
          result.push({ childSObject: def.name, field: f.name, relationshipName: childRelationshipName(def, f) });
        }
      }
    }
    return result;
  }
}

// Child relationship names are plural: Contacts, Children__r, Sponsorships__r.
function childRelationshipName(child: ObjectDef, f: FieldDef): string {
  if (!child.custom && !f.name.endsWith('__c')) return child.labelPlural;
  return `${child.labelPlural.replace(/\s+/g, '_')}__r`;
}
