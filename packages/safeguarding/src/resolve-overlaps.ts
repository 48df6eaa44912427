import type { SafeguardingKind, Span } from './safeguarding.types';

export interface Finding extends Span {
  kind: SafeguardingKind;
}

// Pieces of a clipped finding shorter than this ("is", ", ") carry no meaning on their own.
const MEANINGFUL = /[\p{L}\p{N}].*[\p{L}\p{N}]/u;

function unionByKind(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.kind.localeCompare(b.kind) || a.start - b.start);
  const merged: Finding[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.kind === f.kind && f.start < last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged;
}

function subtract(span: Span, taken: Span[]): Span[] {
  let pieces = [span];
  for (const t of taken) {
    pieces = pieces.flatMap((p) =>
      t.end <= p.start || t.start >= p.end
        ? [p]
        : [
            { start: p.start, end: Math.max(p.start, t.start) },
            { start: Math.min(p.end, t.end), end: p.end },
          ].filter((q) => q.end > q.start),
    );
  }
  return pieces;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:(]/.test(text[start])) start++;
  while (end > start && /[\s,;:(]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Makes findings disjoint: overlapping findings of one kind are joined, and where kinds overlap the
 * one earlier in `precedence` keeps the text while the other keeps only its meaningful remainder.
 */
export function resolveOverlaps(text: string, findings: Finding[], precedence: readonly SafeguardingKind[]): Finding[] {
  const rank = (k: SafeguardingKind) => precedence.indexOf(k);
  const ordered = unionByKind(findings).sort((a, b) => rank(a.kind) - rank(b.kind) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ordered) {
    const pieces = subtract(f, kept);
    if (pieces.length === 1 && pieces[0].start === f.start && pieces[0].end === f.end) {
      kept.push(f); // untouched: keeps its exact edges, however short ("$5")
      continue;
    }
    for (const piece of pieces) {
      const t = trimmed(text, piece);
      if (MEANINGFUL.test(text.slice(t.start, t.end))) kept.push({ kind: f.kind, ...t });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
