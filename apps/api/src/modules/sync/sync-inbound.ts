import { randomUUID } from 'node:crypto';
import { In, IsNull, Not, type DataSource, type EntityManager, type ObjectLiteral, type Repository } from 'typeorm';
import type { Logger } from '@portal/logger';
import { buildSoql, inboundFields, mappingByName, naturalKeyOf, toPortal, type ObjectMapping, type PortalValues, type SfRecord } from './sync-mapping';
import { mergeInbound } from './sync-merge';
import { recordConflicts } from './sync-conflict-log';
import { afterSalesforceValues } from './sync-letters';
import { rowsOf } from './sync-outbox.service';
import { errorCodeOf, type SalesforcePort } from './salesforce-port';
import { SyncCursor } from './sync-cursor.entity';
import { SyncLink } from './sync-link.entity';
import { SyncParked } from './sync-parked.entity';

export interface InboundOptions {
  /** Re-read this much before the cursor, for records committed late with an older SystemModstamp. */
  overlapMs: number;
  pageSize: number;
  mappings: readonly ObjectMapping[];
  now: () => Date;
}

export interface ObjectRunReport {
  object: string;
  applied: number;
  parked: number;
  deleted: number;
  fullReconciliation: boolean;
  error: string | null;
}

type Outcome = 'applied' | 'unchanged' | 'parked';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Data that does not fit the portal's columns is parked; any other database error aborts the page.
const PARKABLE_SQLSTATES = new Set(['23505', '23502', '23503', '22001', '22007', '22008', '22P02']);

/** Salesforce → portal for Salesforce-owned mappings: paged, idempotent, cursor committed with the rows. */
export class InboundSync {
  constructor(
    private readonly dataSource: DataSource,
    private readonly port: SalesforcePort,
    private readonly log: Logger,
    private readonly options: InboundOptions,
  ) {}

  /** Brings one mapping up to date: changed records, parked retries, deletes. Never throws. */
  async syncObject(m: ObjectMapping, full = false): Promise<ObjectRunReport> {
    const report: ObjectRunReport = { object: m.name, applied: 0, parked: 0, deleted: 0, fullReconciliation: false, error: null };
    const startedAt = this.options.now();
    const cursors = this.dataSource.getRepository(SyncCursor);
    const cursor = await cursors.findOneBy({ object: m.name });
    const seen = new Set<string>();
    try {
      const since = !full && cursor?.modstamp ? new Date(cursor.modstamp.getTime() - this.options.overlapMs) : null;
      for await (const page of this.port.queryPages(buildSoql(m, since), this.options.pageSize)) {
        for (const r of page) seen.add(r.Id);
        await this.dataSource.transaction(async (em) => {
          for (const outcome of await this.applyRecords(em, m, page)) count(report, outcome);
          const newest = page.reduce((max, r) => (String(r.SystemModstamp) > max ? String(r.SystemModstamp) : max), '');
          if (newest) await advanceCursor(em, m.name, 'modstamp', new Date(newest));
        });
      }
      await this.retryParked(m, seen, report);
      // The portal owns read-back records: a delete in Salesforce does not remove the portal's.
      if (m.owner === 'salesforce') await this.syncDeletes(m, cursor, startedAt, full, report);
    } catch (err) {
      report.error = `${errorCodeOf(err)}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 2000);
      this.log.warn({ err, object: m.name }, 'inbound sync failed');
    }
    await this.dataSource.query(
      `INSERT INTO sync_cursor (object, last_run_at, last_success_at, rows_applied, errors, last_error)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (object) DO UPDATE SET last_run_at = EXCLUDED.last_run_at,
         last_success_at = COALESCE(EXCLUDED.last_success_at, sync_cursor.last_success_at),
         rows_applied = EXCLUDED.rows_applied, errors = EXCLUDED.errors, last_error = EXCLUDED.last_error`,
      [m.name, startedAt, report.error ? null : startedAt, report.applied + report.deleted, report.parked + (report.error ? 1 : 0), report.error],
    );
    return report;
  }

  /** Applies records in the caller's transaction: each record in a savepoint, so one bad record is parked, not fatal. */
  async applyRecords(em: EntityManager, m: ObjectMapping, records: SfRecord[]): Promise<Outcome[]> {
    const resolve = await this.parentResolver(em, m, records);
    const readBack = m.owner === 'portal' ? await this.readBackCandidates(em, m, records) : null;
    const outcomes: Outcome[] = [];
    const inserted = m.owner === 'salesforce' ? await this.insertNew(em, m, records, resolve) : new Set<string>();
    for (const record of records) {
      if (inserted.has(record.Id)) {
        outcomes.push('applied');
        continue;
      }
      if (readBack && !readBack.has(String(record[m.externalId!]))) {
        outcomes.push('unchanged');
        continue;
      }
      const converted = toPortal(m, record, resolve);
      if (!converted.ok) {
        await park(em, m, record, converted.code, converted.message);
        outcomes.push('parked');
        continue;
      }
      await em.query('SAVEPOINT sync_record');
      try {
        const outcome = await this.applyRecord(em, m, record, converted.values);
        await em.query('RELEASE SAVEPOINT sync_record');
        await em.delete(SyncParked, { object: m.name, salesforceId: record.Id });
        outcomes.push(outcome);
      } catch (err) {
        const sqlState = (err as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (err as { code?: string }).code;
        if (!sqlState || !PARKABLE_SQLSTATES.has(sqlState)) throw err;
        await em.query('ROLLBACK TO SAVEPOINT sync_record');
        await park(em, m, record, 'PORTAL_REJECTED', err instanceof Error ? err.message : String(err));
        outcomes.push('parked');
      }
    }
    return outcomes;
  }

  private async applyRecord(em: EntityManager, m: ObjectMapping, record: SfRecord, values: PortalValues): Promise<Outcome> {
    if (m.owner === 'portal') return this.applyReadBack(em, m, record, values);
    const repo = repoOf(em, m);
    const existing = (await repo.findOneBy({ salesforceId: record.Id })) ?? (await findByNaturalKey(repo, m, values));
    const link = await em.findOneBy(SyncLink, { object: m.name, salesforceId: record.Id });
    let entityId: string;
    let outcome: Outcome = 'unchanged';
    if (existing) {
      entityId = existing.id as string;
      const current = Object.fromEntries(inboundFields(m).map((f) => [f.portal, existing[f.portal]]));
      const { patch, conflicts } = mergeInbound(inboundFields(m), link?.values ?? null, current, values);
      await recordConflicts(em, m.name, record.Id, entityId, conflicts);
      if (existing.salesforceId !== record.Id) patch.salesforceId = record.Id;
      if (Object.keys(patch).length > 0) {
        await repo.update(entityId, patch);
        outcome = 'applied';
      }
    } else {
      const created = repo.create({ ...(m.defaults?.(values) ?? {}), ...values, salesforceId: record.Id });
      entityId = ((await repo.save(created)) as { id: string }).id;
      outcome = 'applied';
    }
    await em.upsert(SyncLink, { object: m.name, salesforceId: record.Id, entityId, values, syncedAt: this.options.now() } as never, ['object', 'salesforceId']);
    return outcome;
  }

  /**
   * A portal-owned record read back: only rows the portal pushed and had acknowledged (a link) are
   * merged, field by field; fields a pending outbox row carries are never overwritten, and an echo of
   * our own write matches the link and changes nothing.
   */
  private async applyReadBack(em: EntityManager, m: ObjectMapping, record: SfRecord, values: PortalValues): Promise<Outcome> {
    const portalId = record[m.externalId!];
    if (typeof portalId !== 'string') return 'unchanged';
    const link = await em.findOneBy(SyncLink, { object: m.name, entityId: portalId });
    // Not acknowledged yet (or pushed by a crashed run): the outbox sends it again, then it is linked.
    if (!link) return 'unchanged';
    const repo = repoOf(em, m);
    const existing = await repo.findOneBy({ id: portalId });
    if (!existing) return 'unchanged';
    const pendingRows = rowsOf<{ keys: string[] }>(
      await em.query(
        `SELECT array(SELECT jsonb_object_keys(payload)) AS keys FROM sync_outbox WHERE entity_type = $1 AND entity_id = $2 AND status = 'PENDING'`,
        [m.name, portalId],
      ),
    );
    const pending = new Set(pendingRows.flatMap((r) => r.keys));
    const current = Object.fromEntries(inboundFields(m).map((f) => [f.portal, existing[f.portal]]));
    const { patch, conflicts, agreed } = mergeInbound(inboundFields(m), link.values, current, values, pending);
    await recordConflicts(em, m.name, record.Id, portalId, conflicts);
    if (Object.keys(patch).length > 0) {
      await repo.update(portalId, patch);
      // A text from Salesforce is screened like a writer's (a letter may go back to review).
      await afterSalesforceValues(em, m.name, portalId, Object.keys(patch));
    }
    await em.update(SyncLink, { object: m.name, salesforceId: link.salesforceId }, { values: { ...link.values, ...agreed }, syncedAt: this.options.now() } as never);
    return Object.keys(patch).length > 0 ? 'applied' : 'unchanged';
  }

  /**
   * The initial-load fast path: records the portal has never seen (no row with their Salesforce Id, no
   * row matching their natural key, not parked) are inserted with their links in two statements. If that
   * fails (bad data, duplicate keys in the page), nothing of it stays and every record takes the careful
   * one-by-one path. Returns the Salesforce Ids inserted.
   */
  private async insertNew(em: EntityManager, m: ObjectMapping, records: SfRecord[], resolve: (mapping: string, sfId: string) => string | undefined): Promise<Set<string>> {
    if (records.length < 2) return new Set();
    const repo = repoOf(em, m);
    const ids = records.map((r) => r.Id);
    const known = new Set(
      rowsOf<{ sf: string }>(
        await em.query(
          `SELECT salesforce_id AS sf FROM "${repo.metadata.tableName}" WHERE salesforce_id = ANY($1)
           UNION SELECT salesforce_id FROM sync_link WHERE object = $2 AND salesforce_id = ANY($1)
           UNION SELECT salesforce_id FROM sync_parked WHERE object = $2 AND salesforce_id = ANY($1)`,
          [ids, m.name],
        ),
      ).map((r) => r.sf),
    );
    const fresh: Array<{ record: SfRecord; values: PortalValues }> = [];
    for (const record of records) {
      if (known.has(record.Id)) continue;
      const converted = toPortal(m, record, resolve);
      if (converted.ok) fresh.push({ record, values: converted.values });
    }
    if (fresh.length < 2) return new Set();
    // Rows created in the portal before the first sync are matched one by one, so they are left out here.
    if (m.naturalKey) {
      const columns = m.naturalKey.map((prop) => repo.metadata.findColumnWithPropertyName(prop)!.databaseName);
      const keyOf = (values: PortalValues) => naturalKeyOf(m, values)?.join('\u001f') ?? null;
      const wanted = [...new Set(fresh.map((f) => keyOf(f.values)).filter((k): k is string => k !== null))];
      const expression = columns.map((c) => `lower(trim(e."${c}"::text))`).join(` || chr(31) || `);
      const matched = new Set(
        wanted.length === 0
          ? []
          : rowsOf<{ k: string }>(await em.query(`SELECT ${expression} AS k FROM "${repo.metadata.tableName}" e WHERE e.salesforce_id IS NULL AND ${expression} = ANY($1)`, [wanted])).map((r) => r.k),
      );
      for (let i = fresh.length - 1; i >= 0; i -= 1) {
        const k = keyOf(fresh[i].values);
        if (k !== null && matched.has(k)) fresh.splice(i, 1);
      }
    }
    if (fresh.length < 2) return new Set();
    const now = this.options.now();
    const rows = fresh.map(({ record, values }) => repo.create({ ...(m.defaults?.(values) ?? {}), ...values, id: randomUUID(), salesforceId: record.Id }));
    await em.query('SAVEPOINT sync_bulk');
    try {
      await repo.insert(rows as never[]);
      await em.insert(
        SyncLink,
        fresh.map(({ record, values }, i) => ({ object: m.name, salesforceId: record.Id, entityId: rows[i].id as string, values, syncedAt: now })) as never[],
      );
      await em.query('RELEASE SAVEPOINT sync_bulk');
      return new Set(fresh.map((f) => f.record.Id));
    } catch (err) {
      await em.query('ROLLBACK TO SAVEPOINT sync_bulk');
      this.log.debug({ err, object: m.name }, 'bulk insert refused: applying the page record by record');
      return new Set();
    }
  }

  /** Portal ids of a read-back page that are both linked (acknowledged) and still in the portal: one query each. */
  private async readBackCandidates(em: EntityManager, m: ObjectMapping, records: SfRecord[]): Promise<Set<string>> {
    const ids = [...new Set(records.map((r) => r[m.externalId!]).filter((v): v is string => typeof v === 'string' && UUID.test(v)))];
    if (ids.length === 0) return new Set();
    const linked = await em.find(SyncLink, { where: { object: m.name, entityId: In(ids) }, select: { entityId: true } });
    if (linked.length === 0) return new Set();
    const rows = await repoOf(em, m).find({ where: { id: In(linked.map((l) => l.entityId)) }, select: { id: true } });
    return new Set(rows.map((r) => r.id as string));
  }

  /** Loads the portal ids of every parent the records point at, in one query per lookup. */
  private async parentResolver(em: EntityManager, m: ObjectMapping, records: SfRecord[]) {
    const known = new Map<string, string>();
    for (const f of inboundFields(m).filter((x) => x.ref)) {
      const ids = [...new Set(records.map((r) => r[f.sf]).filter((v): v is string => typeof v === 'string'))];
      if (ids.length === 0) continue;
      const parent = mappingByName(f.ref!, this.options.mappings);
      const rows = await repoOf(em, parent).find({ where: { salesforceId: In(ids) }, select: { id: true, salesforceId: true } });
      for (const row of rows) known.set(`${parent.name}:${row.salesforceId as string}`, row.id as string);
    }
    return (mapping: string, sfId: string) => known.get(`${mapping}:${sfId}`);
  }

  /** Retries the parked records this run has not just read (their parents may have arrived since). */
  private async retryParked(m: ObjectMapping, seen: Set<string>, report: ObjectRunReport): Promise<void> {
    const parked = await this.dataSource.getRepository(SyncParked).find({ where: { object: m.name }, order: { createdAt: 'ASC' }, take: 500 });
    for (const p of parked.filter((x) => !seen.has(x.salesforceId))) {
      await this.dataSource.transaction(async (em) => {
        const record = p.record as SfRecord;
        if (record.IsDeleted === true) {
          report.deleted += await this.applyDelete(em, m, record.Id);
          return;
        }
        const [outcome] = await this.applyRecords(em, m, [record]);
        if (outcome === 'applied') report.applied += 1;
        if (outcome === 'parked') report.parked += 1;
      });
    }
  }

  private async syncDeletes(m: ObjectMapping, cursor: SyncCursor | null, startedAt: Date, full: boolean, report: ObjectRunReport): Promise<void> {
    if (!cursor?.deletedUntil && !full) {
      // The first load read everything that exists: deletes before it do not matter.
      await advanceCursor(this.dataSource.manager, m.name, 'deleted_until', new Date(startedAt.getTime() - this.options.overlapMs));
      return;
    }
    if (full) return this.reconcile(m, report);
    const start = new Date(cursor!.deletedUntil!.getTime() - this.options.overlapMs);
    let deleted;
    try {
      deleted = await this.port.getDeleted(m.sObject, start, this.options.now());
    } catch (err) {
      if (errorCodeOf(err) !== 'INVALID_REPLICATION_DATE') throw err;
      this.log.info({ object: m.name, start }, 'delete log does not reach the cursor: full reconciliation');
      return this.reconcile(m, report);
    }
    await this.dataSource.transaction(async (em) => {
      for (const d of deleted.deletedRecords) report.deleted += await this.applyDelete(em, m, d.id);
      await advanceCursor(em, m.name, 'deleted_until', new Date(deleted.latestDateCovered));
    });
  }

  /** Applies every delete the delete log cannot tell: portal rows whose Salesforce record no longer exists. */
  private async reconcile(m: ObjectMapping, report: ObjectRunReport): Promise<void> {
    report.fullReconciliation = true;
    const live = new Set<string>();
    const soql = `SELECT Id FROM ${m.sObject}${m.where ? ` WHERE ${m.where}` : ''}`;
    for await (const page of this.port.queryPages(soql, 2000)) for (const r of page) live.add(r.Id);
    const startedAt = this.options.now();
    await this.dataSource.transaction(async (em) => {
      const linked = await repoOf(em, m).find({ where: { salesforceId: Not(IsNull()) }, select: { id: true, salesforceId: true } });
      for (const row of linked) {
        if (!live.has(row.salesforceId as string)) report.deleted += await this.applyDelete(em, m, row.salesforceId as string);
      }
      await advanceCursor(em, m.name, 'deleted_until', startedAt);
    });
  }

  /** Deletes or retires the portal row of a deleted Salesforce record; a row still referenced is parked. */
  private async applyDelete(em: EntityManager, m: ObjectMapping, salesforceId: string): Promise<number> {
    const repo = repoOf(em, m);
    const row = await repo.findOneBy({ salesforceId });
    await em.delete(SyncLink, { object: m.name, salesforceId });
    if (!row) {
      await em.delete(SyncParked, { object: m.name, salesforceId });
      return 0;
    }
    const policy = m.onDelete ?? 'delete';
    if (policy !== 'delete') {
      const changes = Object.entries(policy.retire).filter(([k, v]) => row[k] !== v);
      if (changes.length > 0) await repo.update(row.id as string, Object.fromEntries(changes));
      await em.delete(SyncParked, { object: m.name, salesforceId });
      return changes.length > 0 ? 1 : 0;
    }
    await em.query('SAVEPOINT sync_delete');
    try {
      await repo.delete(row.id as string);
      await em.query('RELEASE SAVEPOINT sync_delete');
      await em.delete(SyncParked, { object: m.name, salesforceId });
      return 1;
    } catch (err) {
      await em.query('ROLLBACK TO SAVEPOINT sync_delete');
      await park(em, m, { Id: salesforceId, IsDeleted: true }, 'DELETE_BLOCKED', `Deleted in Salesforce but still used in the portal: ${err instanceof Error ? err.message : String(err)}`);
      return 0;
    }
  }
}

function count(report: ObjectRunReport, outcome: Outcome): void {
  if (outcome === 'applied') report.applied += 1;
  if (outcome === 'parked') report.parked += 1;
}

function repoOf(em: EntityManager, m: ObjectMapping): Repository<ObjectLiteral> {
  if (!m.entity) throw new Error(`mapping ${m.name} has no portal entity`);
  return em.getRepository(m.entity);
}

/** Matches a row created in the portal before the first sync (no salesforceId yet) by its natural key. */
async function findByNaturalKey(repo: Repository<ObjectLiteral>, m: ObjectMapping, values: PortalValues): Promise<ObjectLiteral | null> {
  const key = naturalKeyOf(m, values);
  if (!key || !m.naturalKey) return null;
  const qb = repo.createQueryBuilder('e').where('e.salesforce_id IS NULL');
  m.naturalKey.forEach((prop, i) => {
    const column = repo.metadata.findColumnWithPropertyName(prop)!.databaseName;
    qb.andWhere(`lower(trim(e.${column}::text)) = :k${i}`, { [`k${i}`]: key[i] });
  });
  return qb.orderBy('e.created_at', 'ASC').getOne();
}

async function park(em: EntityManager, m: ObjectMapping, record: SfRecord, code: string, message: string): Promise<void> {
  await em.query(
    `INSERT INTO sync_parked (id, object, salesforce_id, record, error_code, message, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, 1)
     ON CONFLICT (object, salesforce_id) DO UPDATE SET record = EXCLUDED.record, error_code = EXCLUDED.error_code,
       message = EXCLUDED.message, attempts = sync_parked.attempts + 1, updated_at = now()`,
    [randomUUID(), m.name, record.Id, JSON.stringify(record), code, message.slice(0, 2000)],
  );
}

/** Moves a cursor column forward only (a late page never moves it back). */
async function advanceCursor(em: EntityManager, object: string, column: 'modstamp' | 'deleted_until', at: Date): Promise<void> {
  await em.query(
    `INSERT INTO sync_cursor (object, ${column}) VALUES ($1, $2)
     ON CONFLICT (object) DO UPDATE SET ${column} = GREATEST(sync_cursor.${column}, EXCLUDED.${column})`,
    [object, at],
  );
}
