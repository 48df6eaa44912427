import type { Detector, Span } from './safeguarding.types';
import { findSpans } from './span.utils';

// Digit groups joined by at most one space, dot or dash, optionally "(0)"-style groups and a
// leading "+" or "00". Colons and slashes never join groups, so "10:30" and "12/03/2026" stay apart.
const NUMBER_LIKE =
  /(?<![\p{L}\p{N}+@])(?<!\d[:/.,-])(?:\+[ \t]?|00)?(?:\(\d{1,4}\)[ \t]?)?\d{1,5}(?:[ \t.-]?(?:\(\d{1,4}\)|\d{1,5})){1,7}(?![\p{L}\p{N}])(?![:/]\d)/gu;

const DIGIT_WORDS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  'zéro': 0, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9,
};
const DIGIT_WORD = Object.keys(DIGIT_WORDS).join('|');
const SPELLED_NUMBER = new RegExp(`(?<!\\p{L})(?:${DIGIT_WORD})(?:[ \\t,-]+(?:${DIGIT_WORD})){6,}(?!\\p{L})`, 'giu');

const DATE_INSIDE = /(?:^|\D)(?:(?:19|20)\d{2}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2})(?:\D|$)/;
// "P.O. Box 1234-00100" is a postal address (Kenyan box number and postcode).
const PO_BOX_BEFORE = /(?:box|\bB\.?P\.?|postale)\s*$/i;
const THOUSANDS = /^\d{1,3}(?:[ .,]\d{3})+$/;
const CURRENCY_BEFORE = /(?:[$€£¥₦₹₵]|\b(?:KSh|Ksh|KES|USD|EUR|GBP|UGX|TZS|RWF|CFA|FCFA|XOF|XAF|Sh)\.?)\s*$/;
const CURRENCY_AFTER = /^\s*(?:[$€£₦₵]|(?:dollars?|euros?|shillings?|francs?|naira|cedis?|KSh|KES|USD|EUR|UGX|TZS|RWF|F?CFA|XOF|XAF|bob)\b)/i;

/** Decides whether a run of digits is a phone number rather than a date, year list or amount. */
export function looksLikePhoneNumber(text: string, span: Span): boolean {
  const candidate = text.slice(span.start, span.end);
  if (PO_BOX_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start))) return false;
  const digits = candidate.replace(/\D/g, '').length;
  const international = /^(?:\+|00)/.test(candidate);
  const shortLocal = /^\d{3}[.-]\d{4}$/.test(candidate); // "555-1234"
  if (!(shortLocal || (international ? digits >= 8 && digits <= 15 : digits >= 9 && digits <= 12))) return false;
  if (DATE_INSIDE.test(candidate)) return false;
  const groups = candidate.split(/\D+/).filter(Boolean);
  if (groups.length > 1 && groups.every((g) => /^(?:19|20)\d{2}$/.test(g))) return false; // "2024 2025 2026"
  const isAmount =
    THOUSANDS.test(candidate) &&
    (CURRENCY_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start)) || CURRENCY_AFTER.test(text.slice(span.end, span.end + 12)));
  return !isAmount;
}

// Counting aloud ("one, two, three, four, five, six, seven") is a lesson, not a number.
function isCountingSequence(words: string): boolean {
  const values = words.toLowerCase().split(/[ \t,-]+/).map((w) => DIGIT_WORDS[w]);
  const step = values[1] - values[0];
  return Math.abs(step) === 1 && values.every((v, i) => i === 0 || v - values[i - 1] === step);
}

/** Finds phone numbers in international and local formats, and numbers spelled out digit by digit. */
export const phoneDetector: Detector = {
  kind: 'PHONE',
  find: (text) => [
    ...findSpans(NUMBER_LIKE, text).filter((s) => looksLikePhoneNumber(text, s)),
    ...findSpans(SPELLED_NUMBER, text, (m) => !isCountingSequence(m[0])),
  ],
};
