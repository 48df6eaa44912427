import type { FieldType } from '../schema/schema-types';
import type { Literal } from './soql-ast';

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch for a stored Salesforce datetime ('2024-01-31T10:00:00.000+0000'). */
export function parseSalesforceDateTime(text: string): number {
  return Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** Formats a Date the way Salesforce serialises datetimes in JSON. */
export function formatSalesforceDateTime(date: Date | number): string {
  return new Date(date).toISOString().replace('Z', '+0000');
}

/** The [start, end) range a relative date literal covers, in UTC days. */
export function relativeDateRange(name: string, n: number | undefined, now: Date): [number, number] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = n ?? 0;
  switch (name) {
    case 'TODAY':
      return [today, today + DAY_MS];
    case 'YESTERDAY':
      return [today - DAY_MS, today];
    case 'TOMORROW':
      return [today + DAY_MS, today + 2 * DAY_MS];
    case 'LAST_N_DAYS':
      return [today - days * DAY_MS, today + DAY_MS];
    case 'NEXT_N_DAYS':
      return [today + DAY_MS, today + (days + 1) * DAY_MS];
    case 'N_DAYS_AGO':
      return [today - days * DAY_MS, today - (days - 1) * DAY_MS];
    default:
      throw new Error(`unknown relative date ${name}`);
  }
}

/** A stored value as something comparable: lower-cased text, number, or ms since epoch. */
export function comparable(type: FieldType, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'date':
      return Date.parse(`${String(value)}T00:00:00Z`);
    case 'datetime':
      return parseSalesforceDateTime(String(value));
    case 'id':
    case 'reference':
      // 15- and 18-character forms of an ID name the same record.
      return String(value).slice(0, 15);
    case 'boolean':
      return Boolean(value);
    case 'double':
    case 'currency':
    case 'int':
      return Number(value);
    default:
      return String(value).toLowerCase();
  }
}

/** A literal in the same comparable form; relative dates are handled by the caller as ranges. */
export function comparableLiteral(type: FieldType, literal: Literal): string | number | boolean | null {
  switch (literal.kind) {
    case 'null':
      return null;
    case 'string':
      return type === 'id' || type === 'reference' ? literal.value.slice(0, 15) : literal.value.toLowerCase();
    case 'number':
    case 'boolean':
      return literal.value;
    case 'date':
      return Date.parse(`${literal.value}T00:00:00Z`);
    case 'datetime':
      return literal.value;
    case 'relativeDate':
      throw new Error('relative dates compare as ranges');
  }
}

/** Orders two non-null comparables. */
export function compareValues(a: string | number | boolean, b: string | number | boolean): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return Number(a) - Number(b);
}

/** A LIKE pattern as a case-insensitive RegExp: % is any run, _ one character, \% and \_ literal. */
export function likeToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '\\' && (pattern[i + 1] === '%' || pattern[i + 1] === '_')) {
      source += pattern[i + 1];
      i += 1;
    } else if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}
