/** A date as local text, or a dash. */
export { formatMoment as when } from '@portal/ui';

/** How far an inbound cursor is behind now, in words ("3 min", "2 h"), or "never synced". */
export function lag(cursor: unknown, now = Date.now()): string {
  if (!cursor) return 'never synced';
  const minutes = Math.max(0, Math.round((now - new Date(String(cursor)).getTime()) / 60_000));
  if (minutes < 1) return 'under a minute';
  if (minutes < 120) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} days`;
}

/** A conflict value (JSON) as readable text. */
export function showValue(json: string | null): string {
  if (json === null) return '(empty)';
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}
