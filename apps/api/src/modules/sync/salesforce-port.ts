import type { SfRecord, SfValue } from './sync-mapping';

/** A per-record error as Salesforce reports it in sObject Collections results. */
export interface SalesforceRecordError {
  statusCode: string;
  message: string;
  fields?: string[];
}

export interface SaveResult {
  id?: string;
  success: boolean;
  created?: boolean;
  errors: SalesforceRecordError[];
}

export interface UpdatedResult {
  ids: string[];
  latestDateCovered: string;
}

export interface DeletedResult {
  deletedRecords: Array<{ id: string; deletedDate: string }>;
  earliestDateAvailable: string;
  latestDateCovered: string;
}

export interface DescribeResult {
  name: string;
  fields: Array<{ name: string; type: string; externalId?: boolean }>;
}

/** A request-level failure (the whole call failed), with Salesforce's errorCode when there was one. */
export class SalesforceApiError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'SalesforceApiError';
  }
}

/** The org's API usage as the last response's Sforce-Limit-Info header told it. */
export interface ApiUsage {
  used: number;
  limit: number;
}

/** What the sync needs from Salesforce, and nothing more. The jsforce adapter implements it. */
export interface SalesforcePort {
  /** Runs a SOQL query and yields its records page by page (queryMore under the hood). */
  queryPages(soql: string, pageSize?: number): AsyncIterable<SfRecord[]>;
  /** IDs changed in [start, end) (replication API). */
  getUpdated(sObject: string, start: Date, end: Date): Promise<UpdatedResult>;
  /** Deleted IDs in [start, end); throws INVALID_REPLICATION_DATE when the log no longer reaches `start`. */
  getDeleted(sObject: string, start: Date, end: Date): Promise<DeletedResult>;
  /** Upserts by external ID through sObject Collections, allOrNone false, at most 200 records per call. */
  upsert(sObject: string, externalIdField: string, records: Array<Record<string, SfValue>>): Promise<SaveResult[]>;
  describe(sObject: string): Promise<DescribeResult>;
  /** The last Sforce-Limit-Info reading, if the adapter saw one. */
  apiUsage?(): ApiUsage | null;
}

/** The errorCode of something thrown by a port call (jsforce names its errors after it). */
export function errorCodeOf(err: unknown): string {
  if (err instanceof SalesforceApiError) return err.errorCode;
  const e = err as { errorCode?: unknown; name?: unknown } | null;
  if (e && typeof e.errorCode === 'string') return e.errorCode;
  if (e && typeof e.name === 'string' && /^[A-Z_]+$/.test(e.name)) return e.name;
  return 'UNKNOWN_ERROR';
}
