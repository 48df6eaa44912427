/** The audit log filters as typed, and as the API wants them. */
export interface AuditFilterInput {
  action: string;
  actorEmail: string;
  /** YYYY-MM-DD from a date input, local time. */
  from: string;
  to: string;
}

export interface AuditFilterVariables {
  action: string | null;
  actorEmail: string | null;
  since: string | null;
  until: string | null;
}

export const EMPTY_FILTER: AuditFilterInput = { action: '', actorEmail: '', from: '', to: '' };

// A date input's value is a local calendar day: start at its local midnight.
function localMidnight(day: string, addDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays).toISOString();
}

/** "To" includes its whole day, so `until` (exclusive) is the next midnight. */
export function toVariables(filter: AuditFilterInput): AuditFilterVariables {
  return {
    action: filter.action.trim() || null,
    actorEmail: filter.actorEmail.trim() || null,
    since: localMidnight(filter.from),
    until: localMidnight(filter.to, 1),
  };
}

/** Query string for GET /exports/audit-events.csv with the same filters. */
export function csvQuery(variables: AuditFilterVariables): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(variables)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
