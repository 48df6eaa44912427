import type { DataSource } from 'typeorm';
import type { Logger } from '@portal/logger';
import { SYNC_MAPPINGS, missingFields, type ObjectMapping } from './sync-mapping';
import type { SalesforcePort } from './salesforce-port';
import { InboundSync, type ObjectRunReport } from './sync-inbound';
import { OutboundSync, type OutboundReport } from './sync-outbound';

export interface SyncRunnerOptions {
  /** Re-read window before each cursor (default 5 minutes). */
  overlapMs?: number;
  /** Records per query page and per applying transaction (default 200). */
  pageSize?: number;
  /** Attempts before an outbound change becomes a dead letter (default 5). */
  maxAttempts?: number;
  /** First outbound retry delay, doubling per attempt (default 30 s). */
  retryBaseMs?: number;
  mappings?: readonly ObjectMapping[];
  now?: () => Date;
}

export interface SyncRunnerDeps {
  dataSource: DataSource;
  log: Logger;
  /** The Salesforce port, or how to connect on the first run (so the server starts without Salesforce). */
  salesforce: SalesforcePort | (() => Promise<SalesforcePort>);
  options?: SyncRunnerOptions;
}

export interface SyncRunReport {
  startedAt: Date;
  finishedAt: Date;
  objects: ObjectRunReport[];
  outbound: OutboundReport;
}

/**
 * Runs the sync: Salesforce-owned mappings in, parents first, then the outbox out. One run at a time:
 * a caller arriving during a run gets that run's result; the interval skips a tick rather than overlap.
 */
export class SyncRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SyncRunReport> | null = null;
  private port: SalesforcePort | null = null;
  // Outbound sends are serialized: a staff retry never sends alongside a run's flush.
  private outboundChain: Promise<unknown> = Promise.resolve();
  private readonly mappings: readonly ObjectMapping[];
  lastRun: SyncRunReport | null = null;

  constructor(private readonly deps: SyncRunnerDeps) {
    this.mappings = deps.options?.mappings ?? SYNC_MAPPINGS;
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Runs one full cycle now (or joins the one in progress). `full` ignores cursors and reconciles deletes. */
  runOnce(opts: { full?: boolean } = {}): Promise<SyncRunReport> {
    this.running ??= this.cycle(opts.full ?? false).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Sends the outbox only (after a staff retry), after any send already in progress. */
  async flushOutbox(): Promise<OutboundReport> {
    return this.sendOutbox(await this.connect());
  }

  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.runOnce().catch((err: unknown) => this.deps.log.error({ err }, 'sync run failed'));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Mapped fields the org does not have (describe), so a misconfigured org is reported at start. */
  async checkMappings(): Promise<string[]> {
    const port = await this.connect();
    const problems: string[] = [];
    for (const sObject of new Set(this.mappings.map((m) => m.sObject))) {
      const described = await port.describe(sObject);
      for (const m of this.mappings.filter((x) => x.sObject === sObject)) problems.push(...missingFields(m, described.fields.map((f) => f.name)));
    }
    return problems;
  }

  private async cycle(full: boolean): Promise<SyncRunReport> {
    const now = this.deps.options?.now ?? (() => new Date());
    const startedAt = now();
    const port = await this.connect();
    const inbound = new InboundSync(this.deps.dataSource, port, this.deps.log, {
      overlapMs: this.deps.options?.overlapMs ?? 5 * 60_000,
      pageSize: this.deps.options?.pageSize ?? 200,
      mappings: this.mappings,
      now,
    });
    const objects: ObjectRunReport[] = [];
    for (const m of this.mappings.filter((x) => x.owner === 'salesforce')) objects.push(await inbound.syncObject(m, full));
    const outbound = await this.sendOutbox(port);
    const report = { startedAt, finishedAt: now(), objects, outbound };
    this.lastRun = report;
    this.deps.log.info({ objects: objects.map(({ object, applied, parked, deleted, error }) => ({ object, applied, parked, deleted, error })), outbound }, 'sync run finished');
    return report;
  }

  private sendOutbox(port: SalesforcePort): Promise<OutboundReport> {
    const next = this.outboundChain.catch(() => undefined).then(() => this.outbound(port).flush());
    this.outboundChain = next;
    return next;
  }

  private outbound(port: SalesforcePort): OutboundSync {
    return new OutboundSync(this.deps.dataSource, port, this.deps.log, {
      mappings: this.mappings,
      maxAttempts: this.deps.options?.maxAttempts ?? 5,
      retryBaseMs: this.deps.options?.retryBaseMs ?? 30_000,
      batchSize: 200,
    });
  }

  private async connect(): Promise<SalesforcePort> {
    const { salesforce } = this.deps;
    this.port ??= typeof salesforce === 'function' ? await salesforce() : salesforce;
    return this.port;
  }
}
