import type { Span } from './safeguarding.types';

// Unicode-aware word boundaries: JavaScript's \b treats "é" as a non-word character.
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

/** Builds a character-class pattern that matches a word in any letter case, e.g. "rue" → "[rR][uU][eE]". */
export function anyCase(word: string): string {
  return [...word]
    .map((ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[${ch.toLowerCase()}${ch.toUpperCase()}]`))
    .join('');
}

/** Collects the spans of every match of a global pattern that `accept` keeps (all, by default). */
export function findSpans(pattern: RegExp, text: string, accept: (m: RegExpExecArray) => boolean = () => true): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (accept(m)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Shrinks a span so it does not end with sentence punctuation ("see example.com." → "example.com"). */
export function trimTrailingPunctuation(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[.,;:!?'")\]]/.test(text[end - 1])) end--;
  return { start: span.start, end };
}
