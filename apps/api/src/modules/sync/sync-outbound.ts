import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Logger } from '@portal/logger';
import { mappingByName, toSalesforce, type FieldMapping, type ObjectMapping, type PortalValues, type SfValue } from './sync-mapping';
import { guardOutbound, type FieldConflict } from './sync-merge';
import { recordConflicts } from './sync-conflict-log';
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
  /** Two-way fields kept out of a push because Salesforce changed them since the last sync (now conflicts). */
  conflicts: number;
}

/** One outbox row ready to go, with the payload left after the guard. */
type Outgoing = { row: SyncOutbox; payload: PortalValues };

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
// The guard reads current values with one SOQL query per this many records (Ids in the WHERE clause).
const GUARD_CHUNK = 200;

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
    const report: OutboundReport = { sent: 0, retrying: 0, dead: 0, conflicts: 0 };
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
    let outgoing: Outgoing[];
    try {
      outgoing = await this.guard(m, rows, report);
    } catch (err) {
      // Salesforce could not be read for the check: nothing is pushed blind, every row is retried.
      const failure = { code: errorCodeOf(err), message: err instanceof Error ? err.message : String(err) };
      for (const row of rows) await this.fail(row, failure, report);
      return;
    }
    const resolve = await this.parentResolver(m, outgoing.map((o) => o.payload));
    const ready: Array<Outgoing & { record: Record<string, SfValue> }> = [];
    for (const o of outgoing) {
      const converted = toSalesforce(m, o.row.entityId, o.payload, resolve);
      if (converted.ok) ready.push({ ...o, record: converted.record });
      else await this.fail(o.row, { code: converted.code, message: converted.message }, report);
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
    const succeeded: Array<Outgoing & { salesforceId: string }> = [];
    for (const [i, { row, payload }] of ready.entries()) {
      const result = results[i];
      if (result?.success && result.id) succeeded.push({ row, payload, salesforceId: result.id });
      else {
        const errors = result?.errors ?? [];
        const code = errors[0]?.statusCode ?? 'UNKNOWN_ERROR';
        const message = errors.map((e) => `${e.statusCode}: ${e.message}${e.fields?.length ? ` [${e.fields.join(', ')}]` : ''}`).join('; ') || 'No result for this record';
        await this.fail(row, { code, message }, report);
      }
    }
    await this.succeed(m, succeeded, report);
  }

  /**
   * The check against a Salesforce edit made since the last sync (after this run's inbound read, say):
   * for records already in Salesforce whose payload carries two-way fields, their current values are
   * read (one SOQL query per 200 records) and compared with the base; a field Salesforce changed is
   * held back as a conflict instead of being overwritten. A row left with nothing to send is settled.
   */
  private async guard(m: ObjectMapping, rows: SyncOutbox[], report: OutboundReport): Promise<Outgoing[]> {
    const twoWay = m.fields.filter((f) => f.direction === 'both' && !f.ref);
    const candidates = rows.filter((r) => twoWay.some((f) => f.portal in r.payload));
    if (candidates.length === 0) return rows.map((row) => ({ row, payload: row.payload }));
    const links = new Map(
      (await this.dataSource.getRepository(SyncLink).find({ where: { object: m.name, entityId: In(candidates.map((r) => r.entityId)) } })).map((l) => [l.entityId, l]),
    );
    const current = await this.readCurrent(m, twoWay, [...links.values()].map((l) => l.salesforceId));
    const outgoing: Outgoing[] = [];
    const held: Array<{ row: SyncOutbox; link: SyncLink; conflicts: FieldConflict[]; settled: boolean }> = [];
    for (const row of rows) {
      const link = links.get(row.entityId);
      const now = link ? current.get(link.salesforceId) : undefined;
      if (!link || !now) {
        outgoing.push({ row, payload: row.payload });
        continue;
      }
      const g = guardOutbound(twoWay, link.values, row.payload, now);
      const settled = Object.keys(g.payload).length === 0;
      if (g.conflicts.length > 0) held.push({ row, link, conflicts: g.conflicts, settled });
      if (!settled) outgoing.push({ row, payload: g.payload });
    }
    if (held.length > 0) {
      await this.dataSource.transaction(async (em) => {
        for (const h of held) {
          report.conflicts += await recordConflicts(em, m.name, h.link.salesforceId, h.row.entityId, h.conflicts);
          if (!h.settled) continue;
          const fields = h.conflicts.map((c) => c.field).join(', ');
          await em.update(SyncOutbox, h.row.id, {
            status: SyncOutboxStatus.SENT, salesforceId: h.link.salesforceId, sentAt: new Date(), lastErrorCode: 'HELD_BACK_AS_CONFLICT',
            lastError: `Not sent: ${fields} changed in Salesforce since the last sync; kept as a conflict for staff to resolve`,
          });
        }
      });
      this.log.info({ object: m.name, records: held.length }, 'sync push held back fields changed in Salesforce: conflicts recorded');
    }
    return outgoing;
  }

  /** Current two-way values in Salesforce (portal form) by Salesforce Id, read in chunks of 200 Ids. */
  private async readCurrent(m: ObjectMapping, twoWay: readonly FieldMapping[], salesforceIds: string[]): Promise<Map<string, PortalValues>> {
    const current = new Map<string, PortalValues>();
    const ids = salesforceIds.filter((id) => SALESFORCE_ID.test(id));
    const select = ['Id', ...twoWay.map((f) => f.sf)].join(', ');
    for (let i = 0; i < ids.length; i += GUARD_CHUNK) {
      const list = ids.slice(i, i + GUARD_CHUNK).map((id) => `'${id}'`).join(', ');
      for await (const page of this.port.queryPages(`SELECT ${select} FROM ${m.sObject} WHERE Id IN (${list})`, GUARD_CHUNK)) {
        for (const r of page) current.set(r.Id, Object.fromEntries(twoWay.map((f) => [f.portal, f.toPortal ? f.toPortal(r[f.sf] ?? null) : (r[f.sf] ?? null)])));
      }
    }
    return current;
  }

  /** Acknowledges a batch in one transaction: outbox rows sent, links (the next merge's base) and the rows' Salesforce Ids. */
  private async succeed(m: ObjectMapping, done: Array<Outgoing & { salesforceId: string }>, report: OutboundReport): Promise<void> {
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
      // The link's values are the base of the next merge: what both sides hold now (held-back fields keep their base).
      const previous = new Map((await em.find(SyncLink, { where: { object: m.name, entityId: In(entityIds) } })).map((l) => [l.entityId, l.values]));
      await em.delete(SyncLink, { object: m.name, entityId: In(entityIds) });
      await em.query(
        `INSERT INTO sync_link (object, salesforce_id, entity_id, synced_values, synced_at)
         SELECT $1, v.sf, v.entity_id, v.payload, now() FROM unnest($2::text[], $3::uuid[], $4::jsonb[]) AS v(sf, entity_id, payload)`,
        [m.name, salesforceIds, entityIds, done.map((d) => JSON.stringify({ ...(previous.get(d.row.entityId) ?? {}), ...d.payload }))],
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
  private async parentResolver(m: ObjectMapping, payloads: PortalValues[]) {
    const known = new Map<string, string>();
    for (const f of m.fields.filter((x) => x.ref && x.owner === 'portal')) {
      const ids = [...new Set(payloads.map((p) => p[f.portal]).filter((v): v is string => typeof v === 'string'))];
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
