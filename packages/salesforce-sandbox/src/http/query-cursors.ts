import { randomBytes } from 'node:crypto';
import { SalesforceError } from '../salesforce-error';

const MAX_OPEN_CURSORS = 100;

/** Result sets kept server-side so queryMore can page through them (a snapshot, like Salesforce's). */
export class QueryCursors {
  private readonly cursors = new Map<string, Record<string, unknown>[]>();

  /** Stores rows and returns a locator id like 01gD0000002HU6KIAW. */
  open(rows: Record<string, unknown>[]): string {
    const id = `01g${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x').slice(0, 15)}`;
    this.cursors.set(id, rows);
    if (this.cursors.size > MAX_OPEN_CURSORS) this.cursors.delete(this.cursors.keys().next().value as string);
    return id;
  }

  /** Rows for a locator of the form `{id}-{offset}`; INVALID_QUERY_LOCATOR when unknown. */
  read(locator: string): { id: string; offset: number; rows: Record<string, unknown>[] } {
    const match = /^(01g\w+)-(\d+)$/.exec(locator);
    const rows = match ? this.cursors.get(match[1]) : undefined;
    if (!match || !rows) throw new SalesforceError('INVALID_QUERY_LOCATOR', 'invalid query locator', [], 400);
    return { id: match[1], offset: Number(match[2]), rows };
  }

  close(id: string): void {
    this.cursors.delete(id);
  }
}
