import type { MatchCandidate, MatchResult } from './file-matcher.types';

/** Below this, a clue is a suggestion for a person to confirm, never an automatic match. */
export const MATCH_THRESHOLD = 0.9;
/** A runner-up this close to the best candidate makes the file ambiguous. */
export const CLOSE_COMPETITOR_MARGIN = 0.05;
const MAX_CANDIDATES = 10;

/** Orders candidates best first, ties by child id so results are stable. */
export function rankCandidates(candidates: MatchCandidate[]): MatchCandidate[] {
  return [...candidates].sort((a, b) => b.confidence - a.confidence || a.childId.localeCompare(b.childId)).slice(0, MAX_CANDIDATES);
}

/** A file that belongs to no child we can name. */
export function unmatched(reason: string, candidates: MatchCandidate[] = []): MatchResult {
  return { status: 'UNMATCHED', childId: null, confidence: 0, reason, candidates: rankCandidates(candidates) };
}

/** A file a person must look at; the candidates are the suggestions shown to them. */
export function needsAttention(reason: string, candidates: MatchCandidate[], confidence?: number): MatchResult {
  const ranked = rankCandidates(candidates);
  return { status: 'NEEDS_ATTENTION', childId: null, confidence: confidence ?? ranked[0]?.confidence ?? 0, reason, candidates: ranked };
}

/** A file attached to one child without asking anyone. */
export function matched(best: MatchCandidate, others: MatchCandidate[] = []): MatchResult {
  return { status: 'MATCHED', childId: best.childId, confidence: best.confidence, reason: best.reason, candidates: rankCandidates([best, ...others]) };
}

/** Decides between MATCHED and NEEDS_ATTENTION from scored candidates (at least one). */
export function decide(candidates: MatchCandidate[], ambiguousReason: (tied: MatchCandidate[]) => string): MatchResult {
  const [best, ...rest] = rankCandidates(candidates);
  const rivals = rest.filter((c) => c.confidence >= best.confidence - CLOSE_COMPETITOR_MARGIN - 1e-9);
  if (best.confidence >= MATCH_THRESHOLD && rivals.length === 0) return matched(best, rest);
  // Tied candidates share the confidence: two "Joseph Kamau"s are each a coin toss, not 0.97.
  if (rivals.length > 0) return needsAttention(ambiguousReason([best, ...rivals]), candidates, best.confidence / (rivals.length + 1));
  return needsAttention(`${best.reason}; not certain enough to attach automatically`, candidates);
}
