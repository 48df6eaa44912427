import { addressDetector } from './address.detector';
import { emailDetector } from './email.detector';
import { linkDetector } from './link.detector';
import { moneyDetector } from './money.detector';
import { phoneDetector } from './phone.detector';
import { resolveOverlaps } from './resolve-overlaps';
import { flagMessage } from './safeguarding.messages';
import { SAFEGUARDING_KINDS, type Detector, type SafeguardingFlag, type SafeguardingKind, type SafeguardingLocale } from './safeguarding.types';
import { socialMediaDetector } from './social-media.detector';

// Order is precedence when findings of different kinds overlap: "amani@example.com" is an email,
// not a link plus a handle; the lower kind keeps only its remainder ("my address is" before an email).
const DETECTORS: Detector[] = [emailDetector, linkDetector, socialMediaDetector, phoneDetector, addressDetector, moneyDetector];
const PRECEDENCE = DETECTORS.map((d) => d.kind);

/** Screens a letter and returns every flagged passage, in reading order, with offsets into `text`. */
export function screenLetter(text: string, locale: SafeguardingLocale = 'en'): SafeguardingFlag[] {
  const findings = DETECTORS.flatMap((d) => d.find(text).map((span) => ({ kind: d.kind, ...span })));
  return resolveOverlaps(text, findings, PRECEDENCE).map((f) => ({
    kind: f.kind,
    match: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    message: flagMessage(f.kind, locale),
  }));
}

/** Counts flags per kind, with every kind present (zero when absent). */
export function summarizeFlags(flags: readonly Pick<SafeguardingFlag, 'kind'>[]): Record<SafeguardingKind, number> {
  const counts = Object.fromEntries(SAFEGUARDING_KINDS.map((k) => [k, 0])) as Record<SafeguardingKind, number>;
  for (const f of flags) counts[f.kind]++;
  return counts;
}
