import { i18n } from '@portal/ui';

/** KPI figures in the reader's locale (Intl; by default the language the portal is shown in). */

/** "2026-03" → "Mar 2026", or "Mar" when `short` (to sit under a bar); the API's months are UTC calendar months. */
export function formatMonth(key: string, locale: string = i18n.language, short = false): string {
  const [y, m] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: short ? undefined : 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export const formatCount = (n: number, locale: string = i18n.language): string => new Intl.NumberFormat(locale).format(n);

/** 0.6 → "60%"; null (nothing to divide) → the `none` text. */
export const formatShare = (x: number | null, none: string, locale: string = i18n.language): string =>
  x === null ? none : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);

/** A duration given in hours: minutes below an hour, hours below two days, else days (one decimal at most). */
export function formatHours(hours: number | null, none: string, locale: string = i18n.language): string {
  if (hours === null) return none;
  const [value, unit] = hours < 1 ? [Math.round(hours * 60), 'minute'] : hours < 48 ? [hours, 'hour'] : [hours / 24, 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
}

/** The top of a chart's value axis: 1, 2 or 5 times a power of ten, at least `max` (and at least 1). */
export function niceCeiling(max: number): number {
  if (!(max > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((s) => s * power >= max)!;
  return step * power;
}
