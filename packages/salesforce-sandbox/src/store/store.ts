import type { SchemaRegistry } from '../schema/schema-registry';
import type { ObjectDef, SObjectRecord } from '../schema/schema-types';
import { SalesforceError } from '../salesforce-error';
import { runSoql, type SoqlDataSource, type SoqlResult } from '../soql/soql-evaluator';
import { formatSalesforceDateTime, parseSalesforceDateTime } from '../soql/soql-values';
import { coerceFields, missingRequired } from './field-values';
import { isSalesforceId, makeId, normalizeId } from './salesforce-id';
import { UniqueIndex } from './unique-index';
import { emptyState, StatePersistence, type DeleteLogEntry, type StoreState } from './store-persistence';

export type Operation = 'create' | 'update' | 'delete';

/** A hook run before each write; return an error to reject that record (used for validation-rule faults). */
export type WriteValidator = (write: { object: string; operation: Operation; record: SObjectRecord }) => SalesforceError | undefined;

export interface StoreOptions {
  schema: SchemaRegistry;
  clock?: () => Date;
  /** JSON file to load from and persist to after every committed write (plus its `.journal`). */
  stateFile?: string;
}

/** Who performs a write: stamped into CreatedById / LastModifiedById / OwnerId. */
export interface WriteContext {
  userId?: string;
}

/** The in-memory org: records, IDs, audit fields, soft deletes, a delete log and external-ID uniqueness. */
export class SalesforceStore implements SoqlDataSource {
  readonly schema: SchemaRegistry;
  readonly clock: () => Date;
  readonly validators: WriteValidator[] = [];
  private state: StoreState;
  private readonly byId = new Map<string, SObjectRecord>();
  private readonly unique: UniqueIndex;
  private transactionDepth = 0;
  private readonly persistence?: StatePersistence;
  // The open transaction: how to undo each change (newest last), and what the commit writes to the journal.
  private undo: Array<() => void> = [];
  private written = new Map<string, SObjectRecord>();
  private deleteLogStart = 0;

  constructor(options: StoreOptions) {
    this.schema = options.schema;
    this.clock = options.clock ?? (() => new Date());
    this.persistence = options.stateFile ? new StatePersistence(options.stateFile) : undefined;
    this.unique = new UniqueIndex((object) => this.schema.object(object).fields.filter((f) => f.unique).map((f) => f.name));
    this.state = this.persistence?.load() ?? emptyState();
    this.reindex();
  }

  /** True when nothing has been stored yet (used to decide whether to seed). */
  get isEmpty(): boolean {
    return Object.values(this.state.records).every((list) => list.length === 0);
  }

  records(objectName: string, includeDeleted = false): readonly SObjectRecord[] {
    const list = this.state.records[this.object(objectName).name] ?? [];
    return includeDeleted ? list : list.filter((r) => !r.IsDeleted);
  }

  /** A record by 15- or 18-character ID, soft-deleted ones included. */
  findById(id: string): SObjectRecord | undefined {
    return isSalesforceId(id) ? this.byId.get(normalizeId(id)) : undefined;
  }

  /** A live record of the given type, or NOT_FOUND (404). */
  retrieve(objectName: string, id: string): SObjectRecord {
    const def = this.object(objectName);
    const record = this.findById(id);
    if (!record || record.IsDeleted || this.schema.objectForId(record.Id) !== def) {
      throw new SalesforceError('NOT_FOUND', 'The requested resource does not exist', [], 404);
    }
    return record;
  }

  query(soql: string, options: { includeDeleted?: boolean; recordUrl(type: string, id: string): string }): SoqlResult {
    return runSoql(soql, this, { ...options, now: this.clock() });
  }

  create(objectName: string, input: Record<string, unknown>, ctx: WriteContext = {}): SObjectRecord {
    const def = this.object(objectName);
    return this.transaction(() => {
      const values = coerceFields(this.schema, def, input, 'create', (id) => this.findById(id));
      const now = formatSalesforceDateTime(this.clock());
      const id = makeId(def.keyPrefix, this.state.nextId++);
      const record = { Id: id } as SObjectRecord;
      for (const f of def.fields) record[f.name] = f.defaultValue ?? null;
      Object.assign(record, values, {
        Id: id,
        IsDeleted: false,
        OwnerId: values.OwnerId ?? ctx.userId ?? null,
        CreatedDate: now,
        CreatedById: ctx.userId ?? null,
        LastModifiedDate: now,
        LastModifiedById: ctx.userId ?? null,
        SystemModstamp: now,
      });
      this.applyDerivedFields(def, record, true);
      this.checkRecord(def, record, 'create');
      const list = (this.state.records[def.name] ??= []);
      list.push(record);
      this.byId.set(id, record);
      this.unique.add(def.name, record);
      this.undo.push(() => {
        list.splice(list.lastIndexOf(record), 1);
        this.byId.delete(id);
        this.unique.remove(def.name, record);
        this.written.delete(id);
      });
      this.written.set(id, record);
      return record;
    });
  }

  update(objectName: string, id: string, input: Record<string, unknown>, ctx: WriteContext = {}): SObjectRecord {
    const def = this.object(objectName);
    return this.transaction(() => {
      const existing = this.live(def, id);
      const values = coerceFields(this.schema, def, input, 'update', (ref) => this.findById(ref));
      const next: SObjectRecord = { ...existing, ...values };
      const now = formatSalesforceDateTime(this.clock());
      Object.assign(next, { LastModifiedDate: now, LastModifiedById: ctx.userId ?? existing.LastModifiedById, SystemModstamp: now });
      this.applyDerivedFields(def, next, false);
      this.checkRecord(def, next, 'update');
      this.change(existing, next);
      return existing;
    });
  }

  /** Updates the record whose external ID matches, or creates it; the external ID is set on create. */
  upsert(
    objectName: string,
    externalIdField: string,
    value: string,
    input: Record<string, unknown>,
    ctx: WriteContext = {},
  ): { record: SObjectRecord; created: boolean } {
    const def = this.object(objectName);
    const field = this.schema.findField(def, externalIdField);
    if (!field || (!field.externalId && field.name !== 'Id')) {
      throw new SalesforceError('NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${externalIdField}`, [], 404);
    }
    const body = Object.fromEntries(Object.entries(input).filter(([k]) => k.toLowerCase() !== field.name.toLowerCase()));
    if (Object.keys(input).length !== Object.keys(body).length && input[Object.keys(input).find((k) => k.toLowerCase() === field.name.toLowerCase()) as string] !== value) {
      throw new SalesforceError('INVALID_FIELD', `The value of ${field.name} in the body does not match the value in the URL`, [field.name]);
    }
    const byId = field.name === 'Id' ? this.findById(value) : undefined;
    const matches = field.name === 'Id' ? (byId && !byId.IsDeleted && this.schema.objectForId(byId.Id) === def ? [byId] : []) : this.unique.find(def.name, field.name, value);
    if (matches.length > 1) {
      throw new SalesforceError('MULTIPLE_CHOICES', `Multiple records found for ${field.name} = ${value}`, [], 300);
    }
    if (matches.length === 1) return { record: this.update(def.name, matches[0].Id, body, ctx), created: false };
    if (field.name === 'Id') throw new SalesforceError('NOT_FOUND', 'The requested resource does not exist', [], 404);
    return { record: this.create(def.name, { ...body, [field.name]: value }, ctx), created: true };
  }

  /** Soft-deletes a record (IsDeleted, delete log) and clears lookups that pointed at it. */
  delete(objectName: string, id: string): void {
    const def = this.object(objectName);
    this.transaction(() => {
      const record = this.live(def, id);
      for (const validator of this.validators) {
        const error = validator({ object: def.name, operation: 'delete', record });
        if (error) throw error;
      }
      const now = formatSalesforceDateTime(this.clock());
      this.change(record, { ...record, IsDeleted: true, SystemModstamp: now, LastModifiedDate: now });
      this.state.deleteLog.push({ type: def.name, id: record.Id, deletedDate: now });
      for (const list of Object.values(this.state.records)) {
        for (const other of list) {
          const cleared = Object.entries(other).filter(([key, value]) => value === record.Id && key !== 'Id');
          if (cleared.length > 0) this.change(other, { ...other, ...Object.fromEntries(cleared.map(([key]) => [key, null])) });
        }
      }
    });
  }

  /** IDs of live records whose SystemModstamp falls in [start, end). */
  updatedIds(objectName: string, start: number, end: number): string[] {
    return this.records(objectName)
      .filter((r) => {
        const at = parseSalesforceDateTime(String(r.SystemModstamp));
        return at >= start && at < end;
      })
      .map((r) => r.Id);
  }

  /** Delete-log entries for the object in [start, end), oldest first. */
  deletedBetween(objectName: string, start: number, end: number): { id: string; deletedDate: string }[] {
    const name = this.object(objectName).name;
    return this.state.deleteLog
      .filter((e) => e.type === name)
      .filter((e) => {
        const at = parseSalesforceDateTime(e.deletedDate);
        return at >= start && at < end;
      })
      .map(({ id, deletedDate }) => ({ id, deletedDate }));
  }

  earliestDeleteLogDate(objectName: string): string | undefined {
    const name = this.object(objectName).name;
    return this.state.deleteLog.find((e) => e.type === name)?.deletedDate;
  }

  /**
   * Runs `fn` atomically: a throw undoes what it changed (a nested call undoes only its own part, like a
   * savepoint); the outermost commit appends what changed to the journal. Changes are undone from a log
   * rather than a copy of the org, so a write costs what it touches.
   */
  transaction<T>(fn: () => T): T {
    const mark = { undo: this.undo.length, nextId: this.state.nextId, autoNumbers: { ...this.state.autoNumbers }, deleteLog: this.state.deleteLog.length };
    if (this.transactionDepth === 0) this.deleteLogStart = this.state.deleteLog.length;
    this.transactionDepth += 1;
    try {
      const result = fn();
      this.transactionDepth -= 1;
      if (this.transactionDepth === 0) this.commit();
      return result;
    } catch (error) {
      this.transactionDepth -= 1;
      while (this.undo.length > mark.undo) this.undo.pop()!();
      this.state.nextId = mark.nextId;
      this.state.autoNumbers = mark.autoNumbers;
      this.state.deleteLog.length = mark.deleteLog;
      if (this.transactionDepth === 0) this.written.clear();
      throw error;
    }
  }

  /** Replaces everything (used by tests and `reset`). */
  reset(): void {
    this.state = emptyState();
    this.reindex();
    this.persistence?.snapshot(this.state);
  }

  /** Writes the whole org as a new snapshot and empties the journal (the journal also does this as it grows). */
  compact(): void {
    this.persistence?.snapshot(this.state);
  }

  /** Closes the journal file. */
  close(): void {
    this.persistence?.close();
  }

  /** Sets a record's values in place (its identity stays: indexes and lists hold it), undoably. */
  private change(record: SObjectRecord, next: SObjectRecord): void {
    const before = { ...record };
    const object = this.schema.objectForId(record.Id)!.name;
    this.undo.push(() => {
      this.unique.remove(object, record);
      for (const key of Object.keys(record)) if (!(key in before)) delete record[key];
      Object.assign(record, before);
      this.unique.add(object, record);
    });
    this.unique.remove(object, record);
    Object.assign(record, next);
    this.unique.add(object, record);
    this.written.set(record.Id, record);
  }

  private commit(): void {
    const written = [...this.written.values()];
    const deleted: DeleteLogEntry[] = this.state.deleteLog.slice(this.deleteLogStart);
    this.undo = [];
    this.written = new Map();
    if (!this.persistence || (written.length === 0 && deleted.length === 0)) return;
    const records: Record<string, SObjectRecord[]> = {};
    for (const record of written) (records[this.schema.objectForId(record.Id)!.name] ??= []).push(record);
    this.persistence.append({ nextId: this.state.nextId, autoNumbers: this.state.autoNumbers, records, deleteLog: deleted }, this.state);
  }

  private object(name: string): ObjectDef {
    return this.schema.object(name);
  }

  private live(def: ObjectDef, id: string): SObjectRecord {
    const record = this.findById(id);
    if (!record || this.schema.objectForId(record.Id) !== def) {
      throw new SalesforceError('NOT_FOUND', 'The requested resource does not exist', [], 404);
    }
    if (record.IsDeleted) throw new SalesforceError('ENTITY_IS_DELETED', 'entity is deleted', [], 404);
    return record;
  }

  // Compound names (Contact, User) and auto-numbers are computed, never written by clients.
  private applyDerivedFields(def: ObjectDef, record: SObjectRecord, creating: boolean): void {
    if (def.name === 'Contact' || def.name === 'User') {
      record.Name = [record.FirstName, record.LastName].filter((part) => part).join(' ');
    }
    const nameField = def.fields.find((f) => f.name === 'Name');
    if (creating && nameField?.autoNumber) {
      const n = (this.state.autoNumbers[def.name] ?? 0) + 1;
      this.state.autoNumbers[def.name] = n;
      record.Name = nameField.autoNumber.replace(/\{(0+)\}/, (_m, zeros: string) => String(n).padStart(zeros.length, '0'));
    }
  }

  private checkRecord(def: ObjectDef, record: SObjectRecord, operation: Operation): void {
    const missing = missingRequired(def, record);
    if (missing.length > 0) {
      throw new SalesforceError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing);
    }
    for (const field of def.fields.filter((f) => f.unique)) {
      const value = record[field.name];
      if (value === null || value === undefined) continue;
      const clash = this.unique.find(def.name, field.name, value).find((r) => r.Id !== record.Id);
      if (clash) {
        throw new SalesforceError(
          'DUPLICATE_VALUE',
          `duplicate value found: ${field.name} duplicates value on record with id: ${clash.Id}`,
          [field.name],
        );
      }
    }
    for (const validator of this.validators) {
      const error = validator({ object: def.name, operation, record });
      if (error) throw error;
    }
  }

  private reindex(): void {
    this.byId.clear();
    this.unique.clear();
    for (const [object, list] of Object.entries(this.state.records)) {
      for (const r of list) {
        this.byId.set(r.Id, r);
        this.unique.add(object, r);
      }
    }
  }
}
