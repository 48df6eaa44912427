import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SObjectRecord } from '../schema/schema-types';

export type DeleteLogEntry = { type: string; id: string; deletedDate: string };

/** Everything the store keeps, as written to the state file. */
export interface StoreState {
  version: 1;
  nextId: number;
  autoNumbers: Record<string, number>;
  /** Records per object, in insertion order, soft-deleted ones included. */
  records: Record<string, SObjectRecord[]>;
  deleteLog: DeleteLogEntry[];
}

/** One committed transaction in the journal: the records it wrote (whole), the counters after it, the deletes it logged. */
export interface JournalEntry {
  seq: number;
  nextId: number;
  autoNumbers: Record<string, number>;
  records: Record<string, SObjectRecord[]>;
  deleteLog: DeleteLogEntry[];
}

export function emptyState(): StoreState {
  return { version: 1, nextId: 1, autoNumbers: {}, records: {}, deleteLog: [] };
}

// The journal is folded into a new snapshot once it outgrows the snapshot (and at least this much).
const MIN_COMPACT_BYTES = 4 * 1024 * 1024;

/**
 * The state file as a snapshot plus an append-only journal beside it (`<file>.journal`, one JSON line
 * per committed transaction, holding only what it changed). A commit costs one append, not a rewrite
 * of the org. Loading replays the journal onto the snapshot; a line torn by a crash mid-append is
 * dropped (that transaction never answered its caller). When the journal outgrows the snapshot, a new
 * snapshot is written to a temporary file and renamed over the old one, then the journal is emptied;
 * each entry carries a sequence number and the snapshot the last one folded in, so a crash between
 * the rename and the truncation replays nothing twice.
 */
export class StatePersistence {
  private readonly journalPath: string;
  private fd: number | null = null;
  private seq = 0;
  private journalBytes = 0;
  private snapshotBytes = 0;

  constructor(private readonly path: string) {
    this.journalPath = `${path}.journal`;
  }

  /** Reads the snapshot and replays the journal; undefined when there is no state yet. */
  load(): StoreState | undefined {
    let state: (StoreState & { seq?: number }) | undefined;
    if (existsSync(this.path)) {
      const text = readFileSync(this.path, 'utf8');
      this.snapshotBytes = Buffer.byteLength(text);
      state = JSON.parse(text) as StoreState & { seq?: number };
      if (state.version !== 1) throw new Error(`${this.path}: unsupported sandbox state version ${String(state.version)}`);
      this.seq = state.seq ?? 0;
      delete state.seq;
    }
    if (!existsSync(this.journalPath)) return state;
    const lines = readFileSync(this.journalPath, 'utf8').split('\n');
    // Bytes of whole lines (each ends with a newline); the last piece has none: it is empty or torn.
    let whole = 0;
    const index = new Map<string, Map<string, number>>();
    for (const [i, line] of lines.entries()) {
      const last = i === lines.length - 1;
      if (last) break;
      whole += Buffer.byteLength(line) + 1;
      if (line.trim() === '') continue;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch (error) {
        throw new Error(`${this.journalPath}: line ${i + 1} is damaged: ${(error as Error).message}`);
      }
      if (entry.seq <= this.seq) continue;
      state ??= emptyState();
      applyEntry(state, entry, index);
      this.seq = entry.seq;
    }
    // A last line without its newline was torn by a crash mid-append (that write never answered):
    // cut it off, so the next append starts on a line of its own.
    if (lines[lines.length - 1] !== '') truncateSync(this.journalPath, whole);
    this.journalBytes = whole;
    return state;
  }

  /** Appends one committed transaction; folds the journal into a snapshot when it has grown large. */
  append(entry: Omit<JournalEntry, 'seq'>, state: StoreState): void {
    this.seq += 1;
    const line = `${JSON.stringify({ seq: this.seq, ...entry })}\n`;
    if (this.fd === null) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.fd = openSync(this.journalPath, 'a');
    }
    writeSync(this.fd, line);
    this.journalBytes += Buffer.byteLength(line);
    if (this.journalBytes > Math.max(MIN_COMPACT_BYTES, this.snapshotBytes)) this.snapshot(state);
  }

  /** Writes the whole state as the new snapshot (temporary file, then rename) and empties the journal. */
  snapshot(state: StoreState): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    const text = JSON.stringify({ ...state, seq: this.seq });
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.path);
    this.snapshotBytes = Buffer.byteLength(text);
    this.close();
    writeFileSync(this.journalPath, '');
    this.journalBytes = 0;
  }

  /** Bytes in the journal now (for tests and the compaction rule). */
  get journalSize(): number {
    return existsSync(this.journalPath) ? statSync(this.journalPath).size : 0;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** Applies a journal entry: its records replace (or add) theirs by Id, its deletes join the log. */
function applyEntry(state: StoreState, entry: JournalEntry, index: Map<string, Map<string, number>>): void {
  state.nextId = entry.nextId;
  state.autoNumbers = entry.autoNumbers;
  for (const [type, records] of Object.entries(entry.records)) {
    const list = (state.records[type] ??= []);
    let at = index.get(type);
    if (!at) {
      at = new Map(list.map((r, i) => [r.Id, i]));
      index.set(type, at);
    }
    for (const record of records) {
      const i = at.get(record.Id);
      if (i === undefined) {
        at.set(record.Id, list.length);
        list.push(record);
      } else list[i] = record;
    }
  }
  state.deleteLog.push(...entry.deleteLog);
}
