import { normalizeChildCode } from './child-code';

const PREFIX = 'PORTAL-LETTER';
// Letter ids go inside a colon-separated payload, so they may not contain colons or spaces.
const LETTER_ID = /^[A-Za-z0-9_-]+$/;

/** The content of a print-pack QR code: which letter, for which child. */
export interface LetterQr {
  letterId: string;
  childCode: string;
}

/** Reads a print-pack QR payload ("PORTAL-LETTER:<letterId>:<childCode>"); null when it is not one. */
export function parseLetterQr(payload: string | null | undefined): LetterQr | null {
  if (!payload) return null;
  const parts = payload.trim().split(':');
  if (parts.length !== 3 || parts[0] !== PREFIX || !LETTER_ID.test(parts[1])) return null;
  const childCode = normalizeChildCode(parts[2]);
  return childCode ? { letterId: parts[1], childCode } : null;
}

/** Writes the QR payload printed on a letter template; throws on an id or code that could not be read back. */
export function formatLetterQr(letterId: string, childCode: string): string {
  const code = normalizeChildCode(childCode);
  if (!LETTER_ID.test(letterId)) throw new Error(`Invalid letter id for a QR code: "${letterId}"`);
  if (!code) throw new Error(`Invalid child code for a QR code: "${childCode}"`);
  return `${PREFIX}:${letterId}:${code}`;
}
