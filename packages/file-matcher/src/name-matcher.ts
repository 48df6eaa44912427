import { withinOneEdit } from './edit-distance';
import type { ChildRef } from './file-matcher.types';
import { nameWords } from './name-text';

// Short names must match exactly: one edit turns "Ali" into "Eli" or "Al".
const MIN_LENGTH_FOR_TYPOS = 5;

type Fit = 'exact' | 'typo' | 'none';

/** A child's name, folded once when the matcher is created. */
export interface PreparedName {
  child: ChildRef;
  display: string;
  first: string[];
  last: string[];
  /** "amaniotieno" and "otienoamani", for names written without separators. */
  joined: [string, string];
}

/** Folds a child's names once so each file costs only cheap comparisons. */
export function prepareName(child: ChildRef): PreparedName {
  const first = nameWords(child.firstName);
  const last = nameWords(child.lastName);
  return { child, display: `${child.firstName} ${child.lastName}`.trim(), first, last, joined: [first.join('') + last.join(''), last.join('') + first.join('')] };
}

/** The words of a file and its folders, looked up once per file. */
export interface FileWords {
  words: string[];
  set: ReadonlySet<string>;
  joined: string;
}

// Words that phones, scanners and file systems add to names; never read as a child's name.
const NOISE_WORDS = new Set([
  'img', 'image', 'images', 'dsc', 'dscn', 'dcim', 'scan', 'scanned', 'whatsapp', 'photo', 'photos', 'pic', 'picture',
  'pxl', 'vid', 'video', 'screenshot', 'jpg', 'jpeg', 'png', 'heic', 'pdf', 'copy', 'copie', 'edited', 'final', 'at', 'wa',
]);

/** Collects the name words of a file name and folder path, leaving out camera and scanner words. */
export function fileWords(...texts: string[]): FileWords {
  const words = texts.flatMap(nameWords).filter((w) => !NOISE_WORDS.has(w));
  return { words, set: new Set(words), joined: words.join('') };
}

function wordFit(word: string, file: FileWords): Fit {
  if (file.set.has(word)) return 'exact';
  if (word.length < MIN_LENGTH_FOR_TYPOS) return 'none';
  return file.words.some((w) => withinOneEdit(word, w)) ? 'typo' : 'none';
}

function partFit(part: string[], file: FileWords): Fit {
  if (part.length === 0) return 'none';
  const fits = part.map((w) => wordFit(w, file));
  if (fits.every((f) => f === 'exact')) return 'exact';
  return fits.every((f) => f !== 'none') ? 'typo' : 'none';
}

// Confidence by how the first and last names fit. A full exact name is the strongest clue short of a
// code; a first name alone is a hint for a person to confirm, a last name alone (siblings) even less.
// A lone name with a typo is ignored: "Image" is one edit from "Imane".
const CONFIDENCE: Record<Fit, Record<Fit, number>> = {
  exact: { exact: 0.97, typo: 0.9, none: 0.7 },
  typo: { exact: 0.9, typo: 0.8, none: 0 },
  none: { exact: 0.5, typo: 0, none: 0 },
};

/** How well a child's name fits a file, as a confidence and a plain-language reason (null: no fit). */
export function scoreName(name: PreparedName, file: FileWords, where: string): { confidence: number; reason: string } | null {
  const joinedMatch = name.first.length > 0 && name.last.length > 0 && name.joined.some((j) => file.joined.includes(j));
  const first = joinedMatch ? 'exact' : partFit(name.first, file);
  const last = joinedMatch ? 'exact' : partFit(name.last, file);
  const confidence = CONFIDENCE[first][last];
  if (confidence === 0) return null;
  const spelling = first === 'typo' || last === 'typo' ? ' (close spelling)' : '';
  if (first !== 'none' && last !== 'none') return { confidence, reason: `Name "${name.display}" in the ${where}${spelling}` };
  if (first !== 'none') return { confidence, reason: `First name "${name.child.firstName}" in the ${where}${spelling}` };
  return { confidence, reason: `Last name "${name.child.lastName}" in the ${where}${spelling}` };
}
