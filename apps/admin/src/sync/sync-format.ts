import { i18n } from '@portal/ui';

/** A date as local text, or a dash. */
export { formatMoment as when } from '@portal/ui';

/** How far an inbound cursor is behind now, in words ("3 min", "2 h"), or "never synced". */
export function lag(cursor: unknown, now = Date.now()): string {
  if (!cursor) return i18n.t('never synced');
  const minutes = Math.max(0, Math.round((now - new Date(String(cursor)).getTime()) / 60_000));
  if (minutes < 1) return i18n.t('under a minute');
  if (minutes < 120) return i18n.t('{{count}} min', { count: minutes });
  if (minutes < 48 * 60) return i18n.t('{{count}} h', { count: Math.round(minutes / 60) });
  return i18n.t('{{count}} days', { count: Math.round(minutes / 1440) });
}

/** A conflict value (JSON) as readable text. */
export function showValue(json: string | null): string {
  if (json === null) return i18n.t('(empty)');
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}
