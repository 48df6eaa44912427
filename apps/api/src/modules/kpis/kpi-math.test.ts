import { joinMonths, kpiPeriod, monthKey, share, toCount, toNumberOrNull } from './kpi-math';

describe('kpiPeriod', () => {
  it.each([
    ['2026-12-05T01:00:00Z', 12, '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '2026-01', '2026-12'],
    ['2026-03-31T23:59:59Z', 3, '2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', '2026-01', '2026-03'],
    ['2026-02-10T00:00:00Z', 4, '2025-11-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2025-11', '2026-02'],
    ['2026-07-01T00:00:00Z', 1, '2026-07-01T00:00:00.000Z', '2026-08-01T00:00:00.000Z', '2026-07', '2026-07'],
  ])('ending %s over %i months runs from %s to %s', (end, count, from, to, first, last) => {
    const p = kpiPeriod(count, new Date(end));
    expect(p.from.toISOString()).toBe(from);
    expect(p.to.toISOString()).toBe(to);
    expect(p.months).toHaveLength(count);
    expect(p.months[0]).toBe(first);
    expect(p.months[count - 1]).toBe(last);
    expect(p.endingAt.toISOString()).toBe(new Date(end).toISOString());
  });

  it('lists consecutive months across a year end', () => {
    expect(kpiPeriod(4, new Date('2027-01-15T00:00:00Z')).months).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
  });

  it.each([0, -1, 37, 1.5, Number.NaN])('refuses %p months', (n) => {
    expect(() => kpiPeriod(n, new Date())).toThrow(RangeError);
  });
});

describe('monthKey', () => {
  it('uses UTC, not the server time zone', () => {
    expect(monthKey(new Date('2026-01-31T23:30:00-05:00'))).toBe('2026-02');
    expect(monthKey(new Date('2026-09-01T00:00:00Z'))).toBe('2026-09');
  });
});

describe('joinMonths', () => {
  type A = { month: string; n: number };
  type B = { month: string; m: number };
  const make = (month: string, a: A | undefined, b: B | undefined) => ({ month, n: a?.n ?? 0, m: b?.m ?? null });
  it('builds one entry per month from both sources, zero where a month has no row, and drops rows outside the period', () => {
    const a = [{ month: '2026-03', n: 4 }, { month: '2026-01', n: 2 }, { month: '2025-12', n: 9 }];
    const b = [{ month: '2026-03', m: 1.5 }, { month: '2026-04', m: 7 }];
    expect(joinMonths(['2026-01', '2026-02', '2026-03'], a, b, make)).toEqual([
      { month: '2026-01', n: 2, m: null },
      { month: '2026-02', n: 0, m: null },
      { month: '2026-03', n: 4, m: 1.5 },
    ]);
  });
  it('gives all empty months without data', () => {
    expect(joinMonths(['2026-01', '2026-02'], [], [], make)).toEqual([
      { month: '2026-01', n: 0, m: null },
      { month: '2026-02', n: 0, m: null },
    ]);
  });
});

describe('share', () => {
  it.each([
    [3, 4, 0.75],
    [0, 5, 0],
    [5, 5, 1],
    [0, 0, null],
  ])('%i of %i is %p', (part, whole, expected) => {
    expect(share(part, whole)).toBe(expected);
  });
});

describe('SQL value conversion', () => {
  it('reads bigint counts given as strings and keeps a missing median missing', () => {
    expect(toCount('12')).toBe(12);
    expect(toCount(null)).toBe(0);
    expect(toNumberOrNull('36.5')).toBe(36.5);
    expect(toNumberOrNull(0)).toBe(0);
    expect(toNumberOrNull(null)).toBeNull();
  });
});
