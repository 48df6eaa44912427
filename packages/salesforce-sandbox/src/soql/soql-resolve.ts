import type { SchemaRegistry } from '../schema/schema-registry';
import { NUMBER_TYPES, STRING_TYPES, type FieldDef, type ObjectDef } from '../schema/schema-types';
import { SalesforceError } from '../salesforce-error';
import type { CompareOp, FieldPath, Literal } from './soql-ast';

const MAX_RELATIONSHIP_DEPTH = 5;

/** A field path resolved against the schema: the lookups to follow, then the leaf field. */
export interface ResolvedPath {
  /** Each hop: the reference field on the current object, its relationship name, the object it reaches. */
  hops: { field: FieldDef; relationshipName: string; target: ObjectDef }[];
  leaf: FieldDef;
  /** Canonical spelling, e.g. ['Project__r', 'Name']. */
  canonical: string[];
}

/** Resolves `Project__r.Name` or `Name` case-insensitively; INVALID_FIELD when it does not exist. */
export function resolvePath(schema: SchemaRegistry, root: ObjectDef, path: FieldPath): ResolvedPath {
  if (path.length - 1 > MAX_RELATIONSHIP_DEPTH) {
    throw new SalesforceError('MALFORMED_QUERY', `${path.join('.')}: relationships can be followed at most ${MAX_RELATIONSHIP_DEPTH} levels`);
  }
  const hops: ResolvedPath['hops'] = [];
  let current = root;
  for (const part of path.slice(0, -1)) {
    const ref = schema.findRelationship(current, part);
    const target = ref?.referenceTo && schema.findObject(ref.referenceTo[0]);
    if (!ref || !target) {
      throw new SalesforceError(
        'INVALID_FIELD',
        `Didn't understand relationship '${part}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
      );
    }
    hops.push({ field: ref, relationshipName: ref.relationshipName as string, target });
    current = target;
  }
  const name = path[path.length - 1];
  const leaf = schema.findField(current, name);
  if (!leaf) {
    throw new SalesforceError(
      'INVALID_FIELD',
      `No such column '${name}' on entity '${current.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    );
  }
  return { hops, leaf, canonical: [...hops.map((h) => h.relationshipName), leaf.name] };
}

const ID_PATTERN = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/** Rejects a literal whose kind does not fit the field, as Salesforce does before running a query. */
export function checkLiteral(resolved: ResolvedPath, op: CompareOp | 'IN' | 'LIKE', literal: Literal): void {
  const { leaf } = resolved;
  const name = resolved.canonical.join('.');
  const fail = (expected: string): never => {
    throw new SalesforceError(
      'INVALID_FIELD',
      `value of filter criterion for field '${name}' must be of type ${expected} and should ${expected === 'string' || expected === 'id' ? '' : 'not '}be enclosed in quotes`,
    );
  };
  if (literal.kind === 'null') {
    if (op !== '=' && op !== '!=' && op !== 'IN') {
      throw new SalesforceError('INVALID_QUERY_FILTER_OPERATOR', `invalid operator on null for field '${name}'`);
    }
    return;
  }
  const type = leaf.type;
  if (type === 'id' || type === 'reference') {
    if (literal.kind !== 'string') fail('id');
    if (op === 'LIKE') throw new SalesforceError('INVALID_QUERY_FILTER_OPERATOR', `invalid operator on id field: LIKE`);
    if (!ID_PATTERN.test((literal as { value: string }).value)) {
      throw new SalesforceError('INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${(literal as { value: string }).value}`);
    }
    return;
  }
  if (STRING_TYPES.has(type)) {
    if (literal.kind !== 'string') fail('string');
    if (type === 'textarea' && op !== 'LIKE') {
      throw new SalesforceError('INVALID_FIELD', `field '${name}' can not be filtered in a query call`);
    }
    return;
  }
  if (op === 'LIKE') {
    throw new SalesforceError('INVALID_FIELD', `invalid operator on field '${name}': LIKE`);
  }
  if (NUMBER_TYPES.has(type)) {
    if (literal.kind !== 'number') fail(type === 'int' ? 'int' : 'double');
    return;
  }
  if (type === 'boolean') {
    if (literal.kind !== 'boolean') fail('boolean');
    if (op !== '=' && op !== '!=' && op !== 'IN') {
      throw new SalesforceError('INVALID_QUERY_FILTER_OPERATOR', `invalid operator on boolean field '${name}'`);
    }
    return;
  }
  if (type === 'date') {
    if (literal.kind !== 'date' && literal.kind !== 'relativeDate') fail('date');
    return;
  }
  if (type === 'datetime') {
    if (literal.kind !== 'datetime' && literal.kind !== 'relativeDate') fail('dateTime');
  }
}
