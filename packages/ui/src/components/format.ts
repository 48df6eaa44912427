/** A date for people in their locale, e.g. "25 Nov 2026". */
export const formatDay = (value: unknown): string =>
  new Date(String(value)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** A date and time for people in their locale, e.g. "25 Nov 2026, 14:05"; `none` when there is no value. */
export const formatMoment = (value: unknown, none = '—'): string =>
  value ? new Date(String(value)).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : none;
