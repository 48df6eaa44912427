// Letters that Unicode does not decompose into a base letter plus an accent.
const SPECIAL_LETTERS: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-cases a name and strips accents so "Zoé", "ZOE" and "zoe" compare equal. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[æœßøłđðþı]/g, (ch) => SPECIAL_LETTERS[ch]);
}

/**
 * Splits a file name, folder name or person's name into folded alphabetic words:
 * "AmaniOtieno_2.jpg" → ["amani", "otieno", "jpg"]. Digits separate words and are dropped.
 */
export function nameWords(text: string): string[] {
  const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return foldName(spaced)
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}
