import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Logger } from '@portal/logger';
import { mappingByName, toSalesforce, type ObjectMapping, type SfValue } from './sync-mapping';
import { errorCodeOf, type SalesforcePort, type SaveResult } from './salesforce-port';
import { SyncLink } from './sync-link.entity';
import { SyncOutbox, SyncOutboxStatus } from './sync-outbox.entity';
import { rowsOf } from './sync-outbox.service';

export interface OutboundOptions {
  mappings: readonly ObjectMapping[];
  /** Attempts before a change becomes a dead letter. */
  maxAttempts: number;
  /** First retry delay; doubles with each attempt. */
  retryBaseMs: number;
  batchSize: number;
  /** How long a claimed row stays claimed: a run that died mid-send is retried after it (default 5 minutes). */
  claimLeaseMs?: number;
}

export interface OutboundReport {
  sent: number;
  retrying: number;
  dead: number;
}

type Failure = { code: string; message: string };

/**
 * Sends due outbox rows to Salesforce: parents before children, per object in sObject Collections
 * upserts by external ID (a retry updates, never duplicates); failures back off, then become dead letters.
 */
export class OutboundSync {
  constructor(
    private readonly dataSource: DataSource,
    private readonly port: SalesforcePort,
    private readonly log: Logger,
    private readonly options: OutboundOptions,
  ) {}

  async flush(): Promise<OutboundReport> {
    const report: OutboundReport = { sent: 0, retrying: 0, dead: 0 };
    // Bounded: rows that fail come back only after their backoff, so a few passes drain what is due.
    for (let pass = 0; pass < 20; pass += 1) {
      const rows = await this.claim();
      if (rows.length === 0) break;
      const order = new Map(this.options.mappings.map((m, i) => [m.name, i]));
      const groups = new Map<string, SyncOutbox[]>();
      for (const row of rows) groups.set(row.entityType, [...(groups.get(row.entityType) ?? []), row]);
      const types = [...groups.keys()].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
      for (const type of types) await this.sendGroup(mappingByName(type, this.options.mappings), groups.get(type)!, report);
    }
    return report;
  }

  /** Claims due rows (at most one per entity, the oldest), pushing their next attempt ahead so a crash retries later. */
  private async claim(): Promise<SyncOutbox[]> {
    const claimed = rowsOf<{ id: string }>(
      await this.dataSource.query(
        `UPDATE sync_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2::float8 / 1000)
         WHERE id IN (
           SELECT o.id FROM sync_outbox o
           WHERE o.status = 'PENDING' AND o.next_attempt_at <= now()
             AND NOT EXISTS (SELECT 1 FROM sync_outbox p WHERE p.entity_type = o.entity_type AND p.entity_id = o.entity_id
                             AND p.status = 'PENDING' AND p.created_at < o.created_at)
           ORDER BY o.created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [this.options.batchSize, this.options.claimLeaseMs ?? 5 * 60_000],
      ),
    );
    if (claimed.length === 0) return [];
    return this.dataSource.getRepository(SyncOutbox).find({ where: { id: In(claimed.map((r) => r.id)) }, order: { createdAt: 'ASC' } });
  }

  private async sendGroup(m: ObjectMapping, rows: SyncOutbox[], report: OutboundReport): Promise<void> {
    const resolve = await this.parentResolver(m, rows);
    const ready: Array<{ row: SyncOutbox; record: Record<string, SfValue> }> = [];
    for (const row of rows) {
      const converted = toSalesforce(m, row.entityId, row.payload, resolve);
      if (converted.ok) ready.push({ row, record: converted.record });
      else await this.fail(row, { code: converted.code, message: converted.message }, report);
    }
    if (ready.length === 0) return;
    let results: SaveResult[];
    try {
      results = await this.port.upsert(m.sObject, m.externalId!, ready.map((r) => r.record));
    } catch (err) {
      // The whole call failed (503, timeout, session): every record in it is retried.
      const failure = { code: errorCodeOf(err), message: err instanceof Error ? err.message : String(err) };
      for (const { row } of ready) await this.fail(row, failure, report);
      return;
    }
    const succeeded: Array<{ row: SyncOutbox; salesforceId: string }> = [];
    for (const [i, { row }] of ready.entries()) {
      const result = results[i];
      if (result?.success && result.id) succeeded.push({ row, salesforceId: result.id });
      else {
        const errors = result?.errors ?? [];
        const code = errors[0]?.statusCode ?? 'UNKNOWN_ERROR';
        const message = errors.map((e) => `${e.statusCode}: ${e.message}${e.fields?.length ? ` [${e.fields.join(', ')}]` : ''}`).join('; ') || 'No result for this record';
        await this.fail(row, { code, message }, report);
      }
    }
    await this.succeed(m, succeeded, report);
  }

  /** Acknowledges a batch in one transaction: outbox rows sent, links (the next merge's base) and the rows' Salesforce Ids. */
  private async succeed(m: ObjectMapping, done: Array<{ row: SyncOutbox; salesforceId: string }>, report: OutboundReport): Promise<void> {
    if (done.length === 0) return;
    const ids = done.map((d) => d.row.id);
    const entityIds = done.map((d) => d.row.entityId);
    const salesforceIds = done.map((d) => d.salesforceId);
    await this.dataSource.transaction(async (em) => {
      await em.query(
        `UPDATE sync_outbox o SET status = 'SENT', salesforce_id = v.sf, sent_at = now(), last_error = NULL, last_error_code = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, sf) WHERE o.id = v.id`,
        [ids, salesforceIds],
      );
      // The link's values are the base of the next merge: what both sides hold now.
      const previous = new Map((await em.find(SyncLink, { where: { object: m.name, entityId: In(entityIds) } })).map((l) => [l.entityId, l.values]));
      await em.delete(SyncLink, { object: m.name, entityId: In(entityIds) });
      await em.query(
        `INSERT INTO sync_link (object, salesforce_id, entity_id, synced_values, synced_at)
         SELECT $1, v.sf, v.entity_id, v.payload, now() FROM unnest($2::text[], $3::uuid[], $4::jsonb[]) AS v(sf, entity_id, payload)`,
        [m.name, salesforceIds, entityIds, done.map((d) => JSON.stringify({ ...(previous.get(d.row.entityId) ?? {}), ...d.row.payload }))],
      );
      if (m.entity) {
        const table = `"${em.getRepository(m.entity).metadata.tableName}"`;
        await em.query(`UPDATE ${table} t SET salesforce_id = v.sf FROM unnest($1::uuid[], $2::text[]) AS v(id, sf) WHERE t.id = v.id`, [entityIds, salesforceIds]);
      }
    });
    report.sent += done.length;
  }

  private async fail(row: SyncOutbox, failure: Failure, report: OutboundReport): Promise<void> {
    const dead = row.attempts >= this.options.maxAttempts;
    const delay = this.options.retryBaseMs * 2 ** Math.max(0, row.attempts - 1);
    await this.dataSource.getRepository(SyncOutbox).update(row.id, {
      status: dead ? SyncOutboxStatus.DEAD : SyncOutboxStatus.PENDING,
      lastErrorCode: failure.code.slice(0, 80),
      lastError: failure.message.slice(0, 2000),
      nextAttemptAt: new Date(Date.now() + delay),
    });
    if (dead) report.dead += 1;
    else report.retrying += 1;
    this.log.warn({ outboxId: row.id, entityType: row.entityType, attempts: row.attempts, dead, code: failure.code }, 'sync change not sent');
  }

  /** Salesforce Ids of the parents the payloads point at: from the parent's row, or the link of a pushed record. */
  private async parentResolver(m: ObjectMapping, rows: SyncOutbox[]) {
    const known = new Map<string, string>();
    for (const f of m.fields.filter((x) => x.ref && x.owner === 'portal')) {
      const ids = [...new Set(rows.map((r) => r.payload[f.portal]).filter((v): v is string => typeof v === 'string'))];
      if (ids.length === 0) continue;
      const parent = mappingByName(f.ref!, this.options.mappings);
      if (parent.entity) {
        const found = await this.dataSource.getRepository(parent.entity).find({ where: { id: In(ids) }, select: { id: true, salesforceId: true } });
        for (const r of found) if (r.salesforceId) known.set(`${parent.name}:${r.id as string}`, r.salesforceId as string);
      }
      const links = await this.dataSource.getRepository(SyncLink).find({ where: { object: parent.name, entityId: In(ids) } });
      for (const l of links) known.set(`${parent.name}:${l.entityId}`, l.salesforceId);
    }
    return (mapping: string, portalId: string) => known.get(`${mapping}:${portalId}`);
  }
}
