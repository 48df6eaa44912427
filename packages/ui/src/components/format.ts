import { i18n } from '../i18n/i18n';

/** A date for people in their language, e.g. "25 Nov 2026" / "25 nov. 2026". */
export const formatDay = (value: unknown): string =>
  new Date(String(value)).toLocaleDateString(i18n.language, { day: 'numeric', month: 'short', year: 'numeric' });

/** A date with the month spelled out, e.g. "25 November 2026" / "25 novembre 2026". */
export const formatLongDay = (value: unknown): string =>
  new Date(String(value)).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });

/** A date and time for people in their language, e.g. "25 Nov 2026, 14:05"; `none` when there is no value. */
export const formatMoment = (value: unknown, none = '—'): string =>
  value ? new Date(String(value)).toLocaleString(i18n.language, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : none;

/** A number in the reader's language, e.g. "1,234.5" / "1 234,5". */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string => new Intl.NumberFormat(i18n.language, options).format(value);
