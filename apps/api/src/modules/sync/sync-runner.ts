import type { DataSource, QueryRunner } from 'typeorm';
import type { Logger } from '@portal/logger';
import { SYNC_MAPPINGS, missingFields, readMappings, type ObjectMapping } from './sync-mapping';
import type { ApiUsage, SalesforcePort } from './salesforce-port';
import { BudgetedPort, DEFAULT_API_BUDGET, type ApiBudgetOptions } from './sync-budget';
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
  /** Outbound rows per claim (default 200, one sObject Collections call). */
  batchSize?: number;
  /** A claimed outbox row is retried after this if the run died (default 5 minutes). */
  claimLeaseMs?: number;
  /** Slowing down near the daily API limit. */
  budget?: Partial<ApiBudgetOptions>;
  /** Advisory lock key: one runner per database leads (default: a fixed key for the sync). */
  leaderLockKey?: number;
  mappings?: readonly ObjectMapping[];
  now?: () => Date;
}

/** "SYNC" in ASCII: the advisory lock key only the Salesforce sync uses. */
export const SYNC_LEADER_LOCK_KEY = 0x53594e43;

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
  /** False when another process holds the leader lock: this run did nothing. */
  leader: boolean;
  objects: ObjectRunReport[];
  outbound: OutboundReport;
  /** API usage after the run, whether it was above the budget share, and how many calls were paced. */
  api: { usage: ApiUsage | null; overBudget: boolean; throttledCalls: number };
}

/**
 * Runs the sync: Salesforce-owned mappings in, parents first, then the outbox out. One run at a time:
 * a caller arriving during a run gets that run's result; the interval skips a tick rather than overlap.
 */
export class SyncRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SyncRunReport> | null = null;
  private port: BudgetedPort | null = null;
  // The dedicated connection holding the session-level advisory lock while this runner leads.
  private leaderConnection: QueryRunner | null = null;
  private skipTicks = 0;
  private readonly budget: ApiBudgetOptions;
  // Outbound sends are serialized: a staff retry never sends alongside a run's flush.
  private outboundChain: Promise<unknown> = Promise.resolve();
  private readonly mappings: readonly ObjectMapping[];
  lastRun: SyncRunReport | null = null;

  constructor(private readonly deps: SyncRunnerDeps) {
    this.mappings = deps.options?.mappings ?? SYNC_MAPPINGS;
    this.budget = { ...DEFAULT_API_BUDGET, ...deps.options?.budget };
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
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  /** One scheduled tick: runs unless a run is in progress or runs are being skipped to save API calls. Returns whether it ran. */
  tick(): boolean {
    if (this.running) return false;
    if (this.skipTicks > 0) {
      this.skipTicks -= 1;
      this.deps.log.info({ skipLeft: this.skipTicks }, 'sync run skipped: Salesforce API usage is above the budget');
      return false;
    }
    this.runOnce().catch((err: unknown) => this.deps.log.error({ err }, 'sync run failed'));
    return true;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    await this.resign();
  }

  /** True while this runner holds the leader lock. */
  get isLeader(): boolean {
    return this.leaderConnection !== null;
  }

  /**
   * Takes (or confirms) leadership: pg_try_advisory_lock on a connection kept for it, so the lock lives
   * exactly as long as that session; a process that dies loses it with its connection.
   */
  private async lead(): Promise<boolean> {
    const key = this.deps.options?.leaderLockKey ?? SYNC_LEADER_LOCK_KEY;
    if (this.leaderConnection) {
      try {
        const [row] = (await this.leaderConnection.query(`SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objid = $1 AND granted`, [key])) as Array<{ held: number }>;
        if (row.held > 0) return true;
      } catch (err) {
        this.deps.log.warn({ err }, 'sync leader connection lost');
      }
      await this.leaderConnection.release().catch(() => undefined);
      this.leaderConnection = null;
    }
    const connection = this.deps.dataSource.createQueryRunner();
    try {
      await connection.connect();
      const [row] = (await connection.query('SELECT pg_try_advisory_lock($1) AS ok', [key])) as Array<{ ok: boolean }>;
      if (row.ok) {
        this.leaderConnection = connection;
        return true;
      }
    } catch (err) {
      this.deps.log.warn({ err }, 'could not try the sync leader lock');
    }
    await connection.release().catch(() => undefined);
    return false;
  }

  private async resign(): Promise<void> {
    const connection = this.leaderConnection;
    this.leaderConnection = null;
    if (!connection) return;
    await connection.query('SELECT pg_advisory_unlock($1)', [this.deps.options?.leaderLockKey ?? SYNC_LEADER_LOCK_KEY]).catch(() => undefined);
    await connection.release().catch(() => undefined);
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
    if (!(await this.lead())) {
      const idle = { sent: 0, retrying: 0, dead: 0, conflicts: 0 };
      return { startedAt, finishedAt: now(), leader: false, objects: [], outbound: idle, api: { usage: null, overBudget: false, throttledCalls: 0 } };
    }
    const port = await this.connect();
    const throttledBefore = port.throttledCalls;
    const inbound = new InboundSync(this.deps.dataSource, port, this.deps.log, {
      overlapMs: this.deps.options?.overlapMs ?? 5 * 60_000,
      pageSize: this.deps.options?.pageSize ?? 200,
      mappings: this.mappings,
      now,
    });
    const objects: ObjectRunReport[] = [];
    for (const m of readMappings(this.mappings)) objects.push(await inbound.syncObject(m, full));
    const outbound = await this.sendOutbox(port);
    const overBudget = port.over;
    // Above the budget the schedule thins out too: the next few ticks are skipped.
    this.skipTicks = overBudget ? this.budget.skipCycles : 0;
    const api = { usage: port.apiUsage(), overBudget, throttledCalls: port.throttledCalls - throttledBefore };
    const report = { startedAt, finishedAt: now(), leader: true, objects, outbound, api };
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
      batchSize: this.deps.options?.batchSize ?? 200,
      claimLeaseMs: this.deps.options?.claimLeaseMs,
    });
  }

  private async connect(): Promise<BudgetedPort> {
    const { salesforce } = this.deps;
    this.port ??= new BudgetedPort(typeof salesforce === 'function' ? await salesforce() : salesforce, this.budget);
    return this.port;
  }
}
