import libmime from 'libmime';
import type { HeaderValue, ParsedMail } from 'mailparser';
import type { CapturedMail } from './mail-store';
import { TAG_HEADER } from './outgoing-mail';

/** Builds the stored record from a parsed message and its SMTP envelope. */
export function toCapturedMail(parsed: ParsedMail, envelope: { rcptTo: string[] }, id: string, receivedAt: Date): CapturedMail {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    if (key in headers) continue; // repeated headers were joined on first sight
    const value = parsed.headers.get(key);
    headers[key] = (value === undefined ? null : headerText(value)) ?? rawValue(line);
  }
  const tag = headers[TAG_HEADER.toLowerCase()];
  return {
    id,
    receivedAt: receivedAt.toISOString(),
    from: parsed.from?.text ?? '',
    to: envelope.rcptTo,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    ...(typeof parsed.html === 'string' ? { html: parsed.html } : {}),
    headers,
    ...(parsed.messageId ? { messageId: parsed.messageId } : {}),
    ...(tag ? { tag } : {}),
  };
}

// mailparser decodes headers into strings, dates, addresses or structured values; null when it
// combined the header into something else (List-* into "list"), so the raw line is used instead.
function headerText(value: HeaderValue): string | null {
  // mailparser leaves RFC 2047 words (=?UTF-8?Q?Zo=C3=A9?=) in headers it does not know.
  if (typeof value === 'string') return libmime.decodeWords(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const parts = (value as HeaderValue[]).map(headerText);
    return parts.every((p) => p !== null) ? parts.join(', ') : null;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') {
    const params = Object.entries((value as { params?: Record<string, string> }).params ?? {}).map(([k, v]) => `; ${k}=${v}`);
    return value.value + params.join('');
  }
  return null;
}

function rawValue(line: string): string {
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}
