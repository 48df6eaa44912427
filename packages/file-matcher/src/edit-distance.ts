/**
 * Tells whether two strings are at most one Damerau-Levenshtein edit apart (one insertion,
 * deletion, substitution or swap of neighbours), in linear time without building a matrix.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    const substituted = short.slice(i + 1) === long.slice(i + 1);
    const swapped = short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
    return substituted || swapped;
  }
  return short.slice(i) === long.slice(i + 1);
}
