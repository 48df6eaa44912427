import { checkMaxMessages, selectMail, type CapturedMail, type MailListOptions, type MailStore } from './mail-store';

/** Keeps the newest captured messages in memory: for tests, and when nothing should touch disk. */
export class MemoryMailStore implements MailStore {
  private messages: CapturedMail[] = [];
  private readonly maxMessages: number;

  constructor(options: { maxMessages?: number } = {}) {
    this.maxMessages = checkMaxMessages(options.maxMessages);
  }

  async add(message: CapturedMail): Promise<void> {
    this.messages.push(message);
    if (this.messages.length > this.maxMessages) this.messages.splice(0, this.messages.length - this.maxMessages);
  }

  async list(options?: MailListOptions): Promise<CapturedMail[]> {
    return selectMail(this.messages, options);
  }

  async get(id: string): Promise<CapturedMail | null> {
    return this.messages.find((m) => m.id === id) ?? null;
  }

  async clear(): Promise<void> {
    this.messages = [];
  }
}
