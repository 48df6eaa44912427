import type { SfRecord, SfValue } from './sync-mapping';
import type { ApiUsage, SalesforcePort } from './salesforce-port';

export interface ApiBudgetOptions {
  /** Share of the daily limit (0–1) above which the sync slows down. */
  share: number;
  /** Pause before each Salesforce call while above the share. */
  throttleMs: number;
  /** Scheduled runs to skip after a run that ended above the share. */
  skipCycles: number;
}

export const DEFAULT_API_BUDGET: ApiBudgetOptions = { share: 0.8, throttleMs: 2000, skipCycles: 3 };

/** Whether the last Sforce-Limit-Info reading is above the share (no reading yet: not above). */
export function overBudget(usage: ApiUsage | null, share: number): boolean {
  return !!usage && usage.limit > 0 && usage.used / usage.limit >= share;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wraps a port so each call first waits `throttleMs` while the org's API usage is above the share. */
export class BudgetedPort implements SalesforcePort {
  /** Calls that were delayed, for the run report and tests. */
  throttledCalls = 0;

  constructor(
    private readonly inner: SalesforcePort,
    private readonly options: ApiBudgetOptions,
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {}

  apiUsage(): ApiUsage | null {
    return this.inner.apiUsage?.() ?? null;
  }

  get over(): boolean {
    return overBudget(this.apiUsage(), this.options.share);
  }

  private async pace(): Promise<void> {
    if (!this.over || this.options.throttleMs <= 0) return;
    this.throttledCalls += 1;
    await this.wait(this.options.throttleMs);
  }

  async *queryPages(soql: string, pageSize?: number): AsyncIterable<SfRecord[]> {
    const pages = this.inner.queryPages(soql, pageSize)[Symbol.asyncIterator]();
    for (;;) {
      await this.pace();
      const next = await pages.next();
      if (next.done) return;
      yield next.value;
    }
  }

  async getUpdated(sObject: string, start: Date, end: Date) {
    await this.pace();
    return this.inner.getUpdated(sObject, start, end);
  }

  async getDeleted(sObject: string, start: Date, end: Date) {
    await this.pace();
    return this.inner.getDeleted(sObject, start, end);
  }

  async upsert(sObject: string, externalIdField: string, records: Array<Record<string, SfValue>>) {
    await this.pace();
    return this.inner.upsert(sObject, externalIdField, records);
  }

  async describe(sObject: string) {
    await this.pace();
    return this.inner.describe(sObject);
  }
}
