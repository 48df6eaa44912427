import { InvalidMailError, type OutgoingMail } from './mailer';

export const TAG_HEADER = 'X-Portal-Tag';

// Deliberately simple: one mailbox, no display name, no list. Full RFC 5322 belongs to the server.
const ADDRESS = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]+$/;
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
// Headers the adapter sets itself; a caller overriding them would forge the envelope.
const RESERVED_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'sender', 'reply-to', 'message-id', 'date', 'content-type', 'content-transfer-encoding', 'mime-version']);

/** Checks a message before it reaches SMTP and returns the headers to send, tag included. */
export function checkOutgoingMail(message: OutgoingMail): Record<string, string> {
  if (!ADDRESS.test(message.to) || message.to.length > 320) throw new InvalidMailError('Recipient is not a single email address');
  if (!message.subject.trim()) throw new InvalidMailError('Subject is empty');
  if (/[\r\n]/.test(message.subject)) throw new InvalidMailError('Subject contains a line break');
  if (!message.text.trim()) throw new InvalidMailError('Plain-text part is empty');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new InvalidMailError(`Header name "${name}" is not valid`);
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new InvalidMailError(`Header "${name}" is set by the mailer`);
    if (/[\r\n]/.test(value)) throw new InvalidMailError(`Header "${name}" contains a line break`);
    headers[name] = value;
  }
  if (message.tag !== undefined) {
    if (!/^[\w.-]{1,64}$/.test(message.tag)) throw new InvalidMailError('Tag must be 1-64 letters, digits, ".", "_" or "-"');
    headers[TAG_HEADER] = message.tag;
  }
  return headers;
}
