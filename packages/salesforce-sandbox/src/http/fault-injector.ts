import type { SObjectRecord } from '../schema/schema-types';
import { SalesforceError } from '../salesforce-error';
import type { Operation, SalesforceStore } from '../store/store';
import type { SessionRegistry } from './session-registry';

/** A one-shot (or n-shot) failure for the next matching request. */
export interface FaultSpec {
  /** HTTP status to answer with; defaults from errorCode (400) or 503 when only timing is set with dropConnection false. */
  status?: number;
  errorCode?: string;
  message?: string;
  /** Delay before answering (the request then proceeds, or fails if status/errorCode is set too). */
  timeoutMs?: number;
  /** Destroy the socket without answering, as a dropped connection would. */
  dropConnection?: boolean;
  /** Which requests it applies to; by default any /services/data request. */
  match?: { method?: string; path?: string | RegExp };
  /** How many matching requests it hits (default 1). */
  times?: number;
}

/** A validation rule that rejects matching record writes, like a Salesforce validation rule or trigger. */
export interface ValidationRuleSpec {
  object: string;
  when: (record: SObjectRecord) => boolean;
  errorCode?: string;
  message?: string;
  fields?: string[];
  operations?: Operation[];
}

const DEFAULT_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'INVALID_SESSION_ID',
  403: 'REQUEST_LIMIT_EXCEEDED',
  404: 'NOT_FOUND',
  500: 'UNKNOWN_EXCEPTION',
  502: 'BAD_GATEWAY',
  503: 'SERVER_UNAVAILABLE',
};

/** What the server does for one request after consulting the injector. */
export interface FaultDecision {
  delayMs: number;
  drop: boolean;
  error?: SalesforceError;
}

/** Test hooks to make the sandbox fail the way Salesforce does. */
export class FaultInjector {
  private queue: (FaultSpec & { remaining: number })[] = [];
  private rules: ValidationRuleSpec[] = [];

  constructor(
    private readonly sessions: SessionRegistry,
    store: SalesforceStore,
  ) {
    store.validators.push(({ object, operation, record }) => {
      const rule = this.rules.find(
        (r) => r.object.toLowerCase() === object.toLowerCase() && (r.operations ?? ['create', 'update']).includes(operation) && r.when(record),
      );
      if (!rule) return undefined;
      return new SalesforceError(rule.errorCode ?? 'FIELD_CUSTOM_VALIDATION_EXCEPTION', rule.message ?? 'Validation failed', rule.fields ?? []);
    });
  }

  /** Queues a failure for the next matching request(s). */
  next(spec: FaultSpec): void {
    this.queue.push({ ...spec, remaining: spec.times ?? 1 });
  }

  /** Adds a validation rule; returns a function that removes it. */
  rule(spec: ValidationRuleSpec): () => void {
    this.rules.push(spec);
    return () => {
      this.rules = this.rules.filter((r) => r !== spec);
    };
  }

  /** Invalidates every issued access token. */
  expireSessions(): void {
    this.sessions.expireAll();
  }

  /** Drops queued faults and rules. */
  clear(): void {
    this.queue = [];
    this.rules = [];
  }

  /** Consumes the first queued fault matching the request, if any. */
  take(method: string, path: string): FaultDecision | undefined {
    const index = this.queue.findIndex((f) => matches(f, method, path));
    if (index < 0) return undefined;
    const fault = this.queue[index];
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.queue.splice(index, 1);
    const status = fault.status ?? (fault.errorCode ? 400 : undefined);
    const error =
      status === undefined
        ? undefined
        : new SalesforceError(
            fault.errorCode ?? DEFAULT_CODES[status] ?? `ERROR_HTTP_${status}`,
            fault.message ?? defaultMessage(fault.errorCode ?? DEFAULT_CODES[status]),
            [],
            status,
          );
    return { delayMs: fault.timeoutMs ?? 0, drop: Boolean(fault.dropConnection), error };
  }
}

function matches(fault: FaultSpec, method: string, path: string): boolean {
  const { match } = fault;
  if (match?.method && match.method.toUpperCase() !== method) return false;
  if (match?.path instanceof RegExp) return match.path.test(path);
  if (typeof match?.path === 'string') return path.includes(match.path);
  return path.startsWith('/services/data');
}

function defaultMessage(errorCode: string | undefined): string {
  switch (errorCode) {
    case 'UNABLE_TO_LOCK_ROW':
      return 'unable to obtain exclusive access to this record or 1 records';
    case 'SERVER_UNAVAILABLE':
      return 'Server temporarily unavailable';
    case 'REQUEST_LIMIT_EXCEEDED':
      return 'TotalRequests Limit exceeded.';
    case 'INVALID_SESSION_ID':
      return 'Session expired or invalid';
    default:
      return 'An unexpected error occurred. Please include this ErrorId if you contact support: 0000000000-00000 (-0000000000)';
  }
}
