import type { Detector } from './safeguarding.types';
import { findSpans } from './span.utils';
import { MAIL_PROVIDERS, SPELLED_TLDS } from './top-level-domains';

// Length caps (as in the email standard) keep every scan linear on long runs of letters.
const LOCAL = String.raw`[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}`;
const TLD = `(?:${SPELLED_TLDS.join('|')})`;
const SPELLED_AT = String.raw`(?:\s*[([{]\s*(?:at|arobase)\s*[)\]}]\s*|\s+arobase\s+|\s+@\s+)`;
const SPELLED_DOT = String.raw`(?:\s*[([{]\s*(?:dot|point)\s*[)\]}]\s*|\s+(?:dot|point)\s+)`;
const ANY_DOT = String.raw`(?:${SPELLED_DOT}|\.)`;

const PLAIN = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
// "amani [at] gmail [dot] com", "amani arobase orange point fr".
const BRACKETED = new RegExp(String.raw`\b${LOCAL}${SPELLED_AT}[A-Za-z0-9-]{1,63}${ANY_DOT}${TLD}\b`, 'gi');
// A bare " at " is an ordinary word, so it only counts with a spelled-out dot or a webmail provider.
const WORD_AT_SPELLED_DOT = new RegExp(String.raw`\b${LOCAL}\s+at\s+[A-Za-z0-9-]{1,63}${SPELLED_DOT}${TLD}\b`, 'gi');
const WORD_AT_PROVIDER = new RegExp(String.raw`\b${LOCAL}\s+at\s+(?:${MAIL_PROVIDERS.join('|')})${ANY_DOT}${TLD}\b`, 'gi');

/** Finds email addresses, plain ("a@b.com") or spelled out ("a at gmail dot com"). */
export const emailDetector: Detector = {
  kind: 'EMAIL',
  find: (text) => [PLAIN, BRACKETED, WORD_AT_SPELLED_DOT, WORD_AT_PROVIDER].flatMap((p) => findSpans(p, text)),
};
