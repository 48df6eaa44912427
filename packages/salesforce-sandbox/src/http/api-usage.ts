import { SalesforceError } from '../salesforce-error';

/** Counts REST calls against a daily allowance, as the Sforce-Limit-Info header reports it. */
export class ApiUsage {
  used = 0;

  constructor(public max = 15_000) {}

  /** Counts one call; REQUEST_LIMIT_EXCEEDED (403) once the allowance is spent. */
  count(): void {
    if (this.used >= this.max) {
      throw new SalesforceError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.', [], 403);
    }
    this.used += 1;
  }

  header(): string {
    return `api-usage=${this.used}/${this.max}`;
  }

  /** The body of GET /limits (the parts a client is likely to read). */
  limits(): Record<string, { Max: number; Remaining: number }> {
    return {
      DailyApiRequests: { Max: this.max, Remaining: Math.max(this.max - this.used, 0) },
      DailyBulkApiBatches: { Max: 15_000, Remaining: 15_000 },
      DataStorageMB: { Max: 1024, Remaining: 1000 },
      FileStorageMB: { Max: 1024, Remaining: 1000 },
      SingleEmail: { Max: 5_000, Remaining: 5_000 },
    };
  }
}
