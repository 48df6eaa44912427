import { readFileSync } from 'node:fs';

/**
 * The TrueType fonts embedded in print packs. pdfkit's built-in Helvetica only has WinAnsi glyphs, so
 * names such as "Łukasz" or "Ngũgĩ" would print wrongly; DejaVu covers Latin Extended, Greek and
 * Cyrillic, and pdfkit embeds only the glyphs used (with a ToUnicode map, so the text stays searchable).
 */
export const PRINT_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

export type PrintFont = keyof typeof PRINT_FONTS;

const cache = new Map<PrintFont, Buffer>();

/** The font file's bytes, read once per process. */
export function printFont(name: PrintFont): Buffer {
  let data = cache.get(name);
  if (!data) {
    data = readFileSync(PRINT_FONTS[name]);
    cache.set(name, data);
  }
  return data;
}
