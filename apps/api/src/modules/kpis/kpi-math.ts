/**
 * Pure KPI arithmetic: the period's calendar months (UTC), filling months without data, shares.
 * The database computes counts and medians per month; this turns its sparse rows into full series.
 */

export const MAX_MONTHS = 36;
/** "Active" means a session was started or renewed within this many days before the period's end. */
export const ACTIVE_WINDOW_DAYS = 30;

export interface KpiPeriod {
  /** Start of the first month (inclusive, UTC). */
  from: Date;
  /** Start of the month after the last one (exclusive, UTC). */
  to: Date;
  /** Month keys "YYYY-MM", oldest first. */
  months: string[];
  /** Where the "active users" window ends: the given moment, or now. */
  endingAt: Date;
}

/** "YYYY-MM" of a moment, in UTC (the same key SQL builds with `to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM')`). */
export const monthKey = (d: Date): string => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

/** The `count` calendar months ending with the month of `endingAt`. */
export function kpiPeriod(count: number, endingAt: Date): KpiPeriod {
  if (!Number.isInteger(count) || count < 1 || count > MAX_MONTHS) throw new RangeError(`months must be between 1 and ${MAX_MONTHS}`);
  const y = endingAt.getUTCFullYear();
  const m = endingAt.getUTCMonth();
  const from = new Date(Date.UTC(y, m - count + 1, 1));
  const to = new Date(Date.UTC(y, m + 1, 1));
  const months = Array.from({ length: count }, (_, i) => monthKey(new Date(Date.UTC(y, m - count + 1 + i, 1))));
  return { from, to, months, endingAt };
}

/**
 * One entry per month of the period, in order, built from that month's row of each of two sparse
 * sources (undefined where the database had none: a month without letters is a zero, not a gap).
 * Rows outside the period are dropped.
 */
export function joinMonths<A extends { month: string }, B extends { month: string }, T>(
  months: readonly string[],
  a: readonly A[],
  b: readonly B[],
  make: (month: string, a: A | undefined, b: B | undefined) => T,
): T[] {
  const ia = new Map(a.map((r) => [r.month, r]));
  const ib = new Map(b.map((r) => [r.month, r]));
  return months.map((m) => make(m, ia.get(m), ib.get(m)));
}

/** part / whole as a fraction 0..1, or null when there is nothing to divide (no uploads is not 0 %). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** A count from SQL (bigint arrives as a string). */
export const toCount = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** A median from SQL (double precision, or null over no rows). */
export const toNumberOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
