/** A message as the local capture server received it: what the admin "Mail outbox" shows. */
export type CapturedMail = {
  id: string;
  /** ISO 8601. */
  receivedAt: string;
  /** The From header as written, e.g. `"Portal" <no-reply@example.org>`. */
  from: string;
  /** Envelope recipients: who the message was actually delivered to. */
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** Decoded headers, lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The Message-ID header, the same string Mailer.send resolved with. */
  messageId?: string;
  /** The X-Portal-Tag header (kind of mail). */
  tag?: string;
};

export type MailListOptions = {
  /** Only mail delivered to this address (case-insensitive). */
  to?: string;
  limit?: number;
};

/** Where captured mail is kept. Listing is newest first. */
export interface MailStore {
  add(message: CapturedMail): Promise<void>;
  list(options?: MailListOptions): Promise<CapturedMail[]>;
  get(id: string): Promise<CapturedMail | null>;
  clear(): Promise<void>;
}

export const DEFAULT_MAX_MESSAGES = 500;

/** Filters and orders messages kept oldest first into a listing: newest first, by recipient, limited. */
export function selectMail(oldestFirst: readonly CapturedMail[], options: MailListOptions = {}): CapturedMail[] {
  const to = options.to?.trim().toLowerCase();
  const limit = options.limit ?? Infinity;
  const out: CapturedMail[] = [];
  for (let i = oldestFirst.length - 1; i >= 0 && out.length < limit; i--) {
    const message = oldestFirst[i];
    if (!to || message.to.some((address) => address.toLowerCase() === to)) out.push(message);
  }
  return out;
}

/** Checks a maxMessages option: a positive integer. */
export function checkMaxMessages(value: number | undefined): number {
  const max = value ?? DEFAULT_MAX_MESSAGES;
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`maxMessages must be a positive integer, got ${value}`);
  return max;
}
