export { SAFEGUARDING_KINDS } from './safeguarding.types';
export type { SafeguardingFlag, SafeguardingKind, SafeguardingLocale } from './safeguarding.types';
export { screenLetter, summarizeFlags } from './screen-letter';
export { flagMessage } from './safeguarding.messages';
