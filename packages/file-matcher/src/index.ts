export type { ChildRef, FileInput, MatchCandidate, MatchResult, MatchStatus } from './file-matcher.types';
export { createMatcher, matchFile, type FileMatcher } from './create-matcher';
export { normalizeChildCode } from './child-code';
export { formatLetterQr, parseLetterQr, type LetterQr } from './letter-qr';
export { CLOSE_COMPETITOR_MARGIN, MATCH_THRESHOLD } from './match-decision';
