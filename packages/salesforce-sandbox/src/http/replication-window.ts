import { SalesforceError } from '../salesforce-error';
import { parseSalesforceDateTime } from '../soql/soql-values';

const MINUTE_MS = 60_000;
const MAX_AGE_MS = 30 * 24 * 60 * MINUTE_MS;

/**
 * The [start, end) window of getUpdated/getDeleted: both rounded down to the minute, end capped at
 * now, with Salesforce's INVALID_REPLICATION_DATE errors.
 */
export function replicationWindow(startText: string | null, endText: string | null, nowMs: number): { start: number; end: number } {
  if (!startText || !endText) throw new SalesforceError('MISSING_ARGUMENT', 'start and end are required parameters');
  const start = parseSalesforceDateTime(startText.trim().replace(' ', '+'));
  const end = parseSalesforceDateTime(endText.trim().replace(' ', '+'));
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw new SalesforceError('INVALID_REPLICATION_DATE', `Unable to parse the dates: ${startText}, ${endText}`);
  }
  const floor = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  if (end < start) throw new SalesforceError('INVALID_REPLICATION_DATE', 'EndDate must chronologically follow the StartDate');
  if (start < nowMs - MAX_AGE_MS) throw new SalesforceError('INVALID_REPLICATION_DATE', 'startDate cannot be more than 30 days ago');
  return { start: floor(start), end: floor(Math.min(end, nowMs)) };
}
