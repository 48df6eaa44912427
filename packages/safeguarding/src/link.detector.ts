import type { Detector } from './safeguarding.types';
import { findSpans, trimTrailingPunctuation } from './span.utils';
import { BARE_DOMAIN_TLDS, SPELLED_TLDS } from './top-level-domains';

const URL_TAIL = String.raw`[^\s<>"'\])]*`;
const WITH_SCHEME = new RegExp(String.raw`\bhttps?:\/\/${URL_TAIL}`, 'gi');
const WITH_WWW = new RegExp(String.raw`\bwww\.${URL_TAIL}`, 'gi');
const BARE = new RegExp(
  String.raw`(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:${BARE_DOMAIN_TLDS.join('|')})(?![\w-])(?:\/${URL_TAIL})?`,
  'gi',
);
const SPELLED = new RegExp(
  String.raw`\b([a-z0-9-]{2,63})\s*(?:[([{]\s*(?:dot|point)\s*[)\]}]|\s(?:dot|point)\s)\s*(?:${SPELLED_TLDS.join('|')})\b`,
  'gi',
);
// "the dot com boom" and French "ce point" are phrases, not addresses.
const NOT_A_SITE_NAME = /^(?:the|a|an|this|that|ce|le|la|un|une|au|du|de|on|to|mon|ton)$/i;

/** Finds web links: http(s) URLs, www. addresses, bare domains (example.com) and "example dot com". */
export const linkDetector: Detector = {
  kind: 'LINK',
  find: (text) => [
    ...[WITH_SCHEME, WITH_WWW, BARE].flatMap((p) => findSpans(p, text).map((s) => trimTrailingPunctuation(text, s))),
    ...findSpans(SPELLED, text, (m) => !NOT_A_SITE_NAME.test(m[1])),
  ],
};
