import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkMaxMessages, selectMail, type CapturedMail, type MailListOptions, type MailStore } from './mail-store';

export interface FileMailStoreOptions {
  /** Directory of the store, e.g. `${DATA_DIR}/mail`; created when missing. */
  dir: string;
  /** How many recent messages to keep (default 500). */
  maxMessages?: number;
}

export const MAIL_FILE_NAME = 'messages.jsonl';

/**
 * Keeps the newest captured messages in a JSON-lines file (one message a line), so the outbox
 * survives a restart of the embedded portal. Reads come from memory; each add appends one line,
 * and the file is rewritten with the newest messages once it holds twice the limit.
 * One process per directory: two writers would undo each other's compaction.
 */
export class FileMailStore implements MailStore {
  private messages: CapturedMail[] = [];
  private linesInFile = 0;
  // Writes run one after another so appends and compactions never interleave.
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private readonly maxMessages: number,
  ) {}

  /** Opens (or creates) the store in `dir`, loading the newest messages already there. */
  static async open(options: FileMailStoreOptions): Promise<FileMailStore> {
    // Captured mail holds sign-in links: keep it readable by the portal's user only.
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    const store = new FileMailStore(join(options.dir, MAIL_FILE_NAME), checkMaxMessages(options.maxMessages));
    await store.load();
    return store;
  }

  async add(message: CapturedMail): Promise<void> {
    // Memory changes inside the queue too, so a compaction never writes a message an append will repeat.
    await this.write(async () => {
      this.messages.push(message);
      if (this.messages.length > this.maxMessages) this.messages.splice(0, this.messages.length - this.maxMessages);
      if (this.linesInFile + 1 >= 2 * this.maxMessages) return this.compact();
      await appendFile(this.file, JSON.stringify(message) + '\n', { mode: 0o600 });
      this.linesInFile++;
    });
  }

  async list(options?: MailListOptions): Promise<CapturedMail[]> {
    return selectMail(this.messages, options);
  }

  async get(id: string): Promise<CapturedMail | null> {
    return this.messages.find((m) => m.id === id) ?? null;
  }

  async clear(): Promise<void> {
    await this.write(() => {
      this.messages = [];
      return this.compact();
    });
  }

  private async load(): Promise<void> {
    let content: string;
    try {
      content = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    const lines = content.split('\n').filter((line) => line.trim());
    let damaged = 0;
    for (const line of lines) {
      try {
        this.messages.push(JSON.parse(line) as CapturedMail);
      } catch {
        damaged++; // a line torn by a crash mid-append; the rest is still good
      }
    }
    this.messages = this.messages.slice(-this.maxMessages);
    this.linesInFile = lines.length;
    if (damaged > 0 || lines.length > this.maxMessages) await this.write(() => this.compact());
  }

  private async compact(): Promise<void> {
    const tmp = `${this.file}.tmp`;
    await writeFile(tmp, this.messages.map((m) => JSON.stringify(m) + '\n').join(''), { mode: 0o600 });
    await rename(tmp, this.file);
    this.linesInFile = this.messages.length;
  }

  private write(task: () => Promise<void>): Promise<void> {
    const next = this.writes.then(task);
    // A failed write is reported to its caller but must not block the ones after it.
    this.writes = next.catch(() => undefined);
    return next;
  }
}
