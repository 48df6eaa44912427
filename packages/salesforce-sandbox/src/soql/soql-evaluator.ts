import type { SchemaRegistry } from '../schema/schema-registry';
import type { ObjectDef, SObjectRecord } from '../schema/schema-types';
import { SalesforceError } from '../salesforce-error';
import type { Condition, Literal, OrderItem, SoqlQuery } from './soql-ast';
import { malformed } from './soql-lexer';
import { parseSoql } from './soql-parser';
import { checkLiteral, resolvePath, type ResolvedPath } from './soql-resolve';
import { comparable, comparableLiteral, compareValues, likeToRegExp, relativeDateRange } from './soql-values';

/** What the evaluator reads: the schema and the records, looked up by type or by Id. */
export interface SoqlDataSource {
  schema: SchemaRegistry;
  records(objectName: string, includeDeleted: boolean): readonly SObjectRecord[];
  findById(id: string): SObjectRecord | undefined;
}

export interface EvaluateOptions {
  /** queryAll: include soft-deleted records. */
  includeDeleted?: boolean;
  now: Date;
  /** The `attributes.url` of a record, e.g. /services/data/v62.0/sobjects/Account/001…. */
  recordUrl(type: string, id: string): string;
}

export interface SoqlResult {
  totalSize: number;
  records: Record<string, unknown>[];
}

type Predicate = (record: SObjectRecord) => boolean;

/** Parses and runs one SOQL query over the data source, returning every matching row shaped as the REST API does. */
export function runSoql(soql: string, source: SoqlDataSource, options: EvaluateOptions): SoqlResult {
  const query = parseSoql(soql);
  return evaluate(soql, query, source, options);
}

/** Runs a parsed query. */
export function evaluate(soql: string, query: SoqlQuery, source: SoqlDataSource, options: EvaluateOptions): SoqlResult {
  const root = source.schema.findObject(query.from);
  if (!root) {
    throw new SalesforceError(
      'INVALID_TYPE',
      `${malformed(soql, soql.search(new RegExp(`\\b${query.from}\\b`)), '').message.replace(/\n$/, '')}sObject type '${query.from}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
    );
  }
  const resolve = (path: string[]): ResolvedPath => resolvePath(source.schema, root, path);
  const valueOf = (record: SObjectRecord, resolved: ResolvedPath): unknown => followPath(source, record, resolved);

  const counts = query.select.filter((item) => item.kind === 'count');
  if (counts.length > 0 && query.select.length > 1) {
    throw new SalesforceError('MALFORMED_QUERY', 'Field must be grouped or aggregated when COUNT() is selected');
  }
  const selected = query.select.flatMap((item) => (item.kind === 'field' ? [resolve(item.path)] : []));
  const seen = new Set<string>();
  for (const resolved of selected) {
    const key = resolved.canonical.join('.').toLowerCase();
    if (seen.has(key)) throw new SalesforceError('MALFORMED_QUERY', `duplicate field selected: ${resolved.canonical.join('.')}`);
    seen.add(key);
  }
  const predicate = query.where ? compileCondition(query.where, resolve, valueOf, options.now) : () => true;
  const order = query.orderBy.map((item) => ({ item, resolved: resolve(item.path) }));

  let rows = source.records(root.name, options.includeDeleted ?? false).filter(predicate);
  if (order.length > 0) rows = [...rows].sort((a, b) => compareRows(a, b, order, valueOf));
  const offset = query.offset ?? 0;
  rows = rows.slice(offset, query.limit === undefined ? undefined : offset + query.limit);

  const count = counts[0];
  if (count?.kind === 'count') {
    if (!count.path) return { totalSize: rows.length, records: [] };
    const resolved = resolve(count.path);
    const n = rows.filter((row) => valueOf(row, resolved) !== null && valueOf(row, resolved) !== undefined).length;
    return { totalSize: 1, records: [{ attributes: { type: 'AggregateResult' }, [count.alias ?? 'expr0']: n }] };
  }
  return { totalSize: rows.length, records: rows.map((row) => project(row, root, selected, source, options)) };
}

function followPath(source: SoqlDataSource, record: SObjectRecord, resolved: ResolvedPath): unknown {
  let current: SObjectRecord | undefined = record;
  for (const hop of resolved.hops) {
    const id: unknown = current[hop.field.name];
    current = typeof id === 'string' ? source.findById(id) : undefined;
    if (!current) return null;
  }
  return current[resolved.leaf.name] ?? null;
}

function compileCondition(
  condition: Condition,
  resolve: (path: string[]) => ResolvedPath,
  valueOf: (record: SObjectRecord, resolved: ResolvedPath) => unknown,
  now: Date,
): Predicate {
  switch (condition.kind) {
    case 'and': {
      const items = condition.items.map((c) => compileCondition(c, resolve, valueOf, now));
      return (r) => items.every((p) => p(r));
    }
    case 'or': {
      const items = condition.items.map((c) => compileCondition(c, resolve, valueOf, now));
      return (r) => items.some((p) => p(r));
    }
    case 'not': {
      const inner = compileCondition(condition.item, resolve, valueOf, now);
      return (r) => !inner(r);
    }
    case 'like': {
      const resolved = resolve(condition.path);
      checkLiteral(resolved, 'LIKE', { kind: 'string', value: condition.pattern });
      const regexp = likeToRegExp(condition.pattern);
      return (r) => {
        const value = valueOf(r, resolved);
        return value !== null && value !== undefined && regexp.test(String(value));
      };
    }
    case 'in': {
      const resolved = resolve(condition.path);
      const tests = condition.values.map((literal) => {
        checkLiteral(resolved, 'IN', literal);
        return literalTest(resolved, '=', literal, now);
      });
      return (r) => {
        const value = comparable(resolved.leaf.type, valueOf(r, resolved));
        const found = tests.some((test) => test(value));
        return condition.negate ? !found : found;
      };
    }
    case 'compare': {
      const resolved = resolve(condition.path);
      checkLiteral(resolved, condition.op, condition.value);
      const test = literalTest(resolved, condition.op, condition.value, now);
      return (r) => test(comparable(resolved.leaf.type, valueOf(r, resolved)));
    }
  }
}

type Comparable = string | number | boolean | null;

// Null equals only null; `!=` holds for null against any value, as in SOQL.
function literalTest(resolved: ResolvedPath, op: string, literal: Literal, now: Date): (value: Comparable) => boolean {
  if (literal.kind === 'relativeDate') {
    const [start, end] = relativeDateRange(literal.name, literal.n, now);
    return (value) => {
      if (value === null) return op === '!=';
      const v = Number(value);
      switch (op) {
        case '=':
          return v >= start && v < end;
        case '!=':
          return v < start || v >= end;
        case '<':
          return v < start;
        case '<=':
          return v < end;
        case '>':
          return v >= end;
        default:
          return v >= start;
      }
    };
  }
  const target = comparableLiteral(resolved.leaf.type, literal);
  return (value) => {
    if (value === null || target === null) {
      if (op === '=') return value === target;
      if (op === '!=') return value !== target;
      return false;
    }
    const cmp = compareValues(value, target);
    switch (op) {
      case '=':
        return cmp === 0;
      case '!=':
        return cmp !== 0;
      case '<':
        return cmp < 0;
      case '<=':
        return cmp <= 0;
      case '>':
        return cmp > 0;
      default:
        return cmp >= 0;
    }
  };
}

function compareRows(
  a: SObjectRecord,
  b: SObjectRecord,
  order: { item: OrderItem; resolved: ResolvedPath }[],
  valueOf: (record: SObjectRecord, resolved: ResolvedPath) => unknown,
): number {
  for (const { item, resolved } of order) {
    const va = comparable(resolved.leaf.type, valueOf(a, resolved));
    const vb = comparable(resolved.leaf.type, valueOf(b, resolved));
    if (va === null && vb === null) continue;
    if (va === null) return item.nulls === 'FIRST' ? -1 : 1;
    if (vb === null) return item.nulls === 'FIRST' ? 1 : -1;
    const cmp = compareValues(va, vb);
    if (cmp !== 0) return item.direction === 'ASC' ? cmp : -cmp;
  }
  return 0;
}

// Relationship fields nest under the relationship name with their own attributes, or are null.
function project(
  record: SObjectRecord,
  root: ObjectDef,
  selected: ResolvedPath[],
  source: SoqlDataSource,
  options: EvaluateOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: { type: root.name, url: options.recordUrl(root.name, record.Id) } };
  for (const resolved of selected) {
    let target = out;
    let current: SObjectRecord | undefined = record;
    for (const hop of resolved.hops) {
      const id: unknown = current[hop.field.name];
      current = typeof id === 'string' ? source.findById(id) : undefined;
      if (!current) {
        if (!(hop.relationshipName in target)) target[hop.relationshipName] = null;
        break;
      }
      const existing = target[hop.relationshipName];
      if (existing && typeof existing === 'object') {
        target = existing as Record<string, unknown>;
      } else {
        const nested = { attributes: { type: hop.target.name, url: options.recordUrl(hop.target.name, current.Id) } };
        target[hop.relationshipName] = nested;
        target = nested;
      }
    }
    if (current) target[resolved.leaf.name] = current[resolved.leaf.name] ?? null;
  }
  return out;
}
