/** Escapes LIKE wildcards in user input so "50%" matches literally. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** An ILIKE pattern matching the input anywhere in the value. */
export const containsPattern = (s: string): string => `%${escapeLike(s)}%`;
