// Canonical child codes are two upper-case letters, a dash and four digits: "KE-0042".
const LOOSE_CODE = /^\s*([A-Za-z]{2})[\s_.-]*(\d{1,6})\s*$/;
// In a file name: two letters not glued to other letters ("DSC_0042" is a camera name, not "SC-0042").
const CODE_IN_TEXT = /(?<![A-Za-z])([A-Za-z]{2})([ _.-]?)(\d{1,6})(?!\d)/g;
// "KE 2024-03-12" is a date after the prefix, and "at 10.30" a time, not codes.
const DATE_OR_TIME_AFTER = /^(?:[-._ ]\d{1,2}[-._ ]\d{1,2}(?!\d)|[.:h]\d)/;
// Camera prefixes that look like codes: WhatsApp names Android photos "IMG-20260312-WA0001".
const NOT_A_CODE_PREFIX = new Set(['WA']);

function canonical(prefix: string, digits: string): string | null {
  const number = digits.replace(/^0+/, '');
  if (number.length === 0 || number.length > 4) return null;
  return `${prefix.toUpperCase()}-${number.padStart(4, '0')}`;
}

/** Turns any common spelling of a child code into its canonical form ("ke42" → "KE-0042"), or null. */
export function normalizeChildCode(raw: string): string | null {
  const m = LOOSE_CODE.exec(raw);
  return m ? canonical(m[1], m[2]) : null;
}

/** A child code found in a piece of a file or folder name. */
export interface CodeHit {
  code: string;
  /** Written in full ("KE-0042"), not shortened ("KE 42"). */
  fullyWritten: boolean;
  /** Uses one of the partner's own code prefixes; other hits are strictly code-shaped "UG-0042". */
  knownPrefix: boolean;
}

/**
 * Finds child codes in a name. Loose spellings ("ke 42") count only with one of the partner's own
 * prefixes; anything else must look exactly like a code (upper-case letters, four digits).
 */
export function findChildCodes(text: string, knownPrefixes: ReadonlySet<string>): CodeHit[] {
  const hits: CodeHit[] = [];
  CODE_IN_TEXT.lastIndex = 0;
  for (let m = CODE_IN_TEXT.exec(text); m !== null; m = CODE_IN_TEXT.exec(text)) {
    const [whole, letters, separator, digits] = m;
    if (DATE_OR_TIME_AFTER.test(text.slice(m.index + whole.length))) continue;
    const code = canonical(letters, digits);
    if (code === null) continue;
    const knownPrefix = knownPrefixes.has(letters.toUpperCase());
    const strictlyCodeShaped = letters === letters.toUpperCase() && digits.length === 4 && separator !== '.' && separator !== ' ';
    if (!knownPrefix && (!strictlyCodeShaped || NOT_A_CODE_PREFIX.has(letters))) continue;
    hits.push({ code, fullyWritten: digits.length >= 4, knownPrefix });
  }
  return hits;
}
