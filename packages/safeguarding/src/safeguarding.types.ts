/** Every kind of content the letter check flags, in the order the UI lists them. */
export const SAFEGUARDING_KINDS = ['EMAIL', 'PHONE', 'LINK', 'SOCIAL_MEDIA', 'ADDRESS', 'MONEY_OR_GIFT'] as const;

export type SafeguardingKind = (typeof SAFEGUARDING_KINDS)[number];

export type SafeguardingLocale = 'en' | 'fr';

/** One piece of a letter that must not reach a child; start/end index the original text (end exclusive). */
export interface SafeguardingFlag {
  kind: SafeguardingKind;
  match: string;
  start: number;
  end: number;
  message: string;
}

/** A half-open range [start, end) of the letter text. */
export interface Span {
  start: number;
  end: number;
}

/** One detector finds the spans of a single kind; detectors never look at each other's results. */
export interface Detector {
  kind: SafeguardingKind;
  find(text: string): Span[];
}
