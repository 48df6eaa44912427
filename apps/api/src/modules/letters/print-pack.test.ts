import { parseLetterQr } from '@portal/file-matcher';
import { renderPrintPack, type PrintPage } from './print-pack';

/** Reads a ToUnicode CMap (bfrange with arrays or a start value, and bfchar) into glyph id → text. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      const [from, to] = [parseInt(m[1], 16), parseInt(m[2], 16)];
      if (m[3].startsWith('[')) [...m[3].matchAll(/<([0-9a-f]+)>/gi)].forEach((v, i) => map.set(from + i, utf16(v[1])));
      else for (let g = from; g <= to; g++) map.set(g, String.fromCharCode(parseInt(m[3].slice(1, -1), 16) + g - from));
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(parseInt(m[1], 16), utf16(m[2]));
  }
  return map;
}

/**
 * The text lines an uncompressed PDF draws, decoded through each embedded font's ToUnicode map — what
 * a reader's "copy text" or a search index gets. Independent of pdfkit: it reads only the PDF bytes.
 */
function drawnText(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const objects = new Map([...source.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)].map((m) => [m[1], m[2]]));
  const fonts = new Map<string, Map<number, string>>();
  for (const [, name, ref] of source.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const toUnicode = objects.get(ref)?.match(/\/ToUnicode (\d+) 0 R/)?.[1];
    if (toUnicode) fonts.set(name, readCMap(objects.get(toUnicode) ?? ''));
  }
  let font: Map<number, string> | undefined;
  const lines: string[] = [];
  for (const m of source.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (m[1]) font = fonts.get(m[1]);
    else if (font) {
      const glyphs = [...m[2].matchAll(/<([0-9a-f]*)>/gi)].flatMap((h) => h[1].match(/.{4}/g) ?? []);
      lines.push(glyphs.map((g) => font!.get(parseInt(g, 16)) ?? '\uFFFD').join(''));
    }
  }
  return lines;
}
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

const page = (over: Partial<PrintPage> = {}): PrintPage => ({
  letterId: 'TGV0dGVyOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ',
  childCode: 'KE-0001',
  childFirstName: 'Amani',
  sponsorFirstName: 'Anna',
  body: 'Dear Amani, how is school?',
  approvedAt: new Date('2026-03-01T10:00:00Z'),
  ...over,
});

describe('print pack', () => {
  it("heads each letter with the child's code and first name, the sponsor's first name and a readable QR payload", async () => {
    const pdf = await renderPrintPack([page(), page({ childCode: 'UG-0002', childFirstName: 'Okello', body: 'Hello Okello.' })], { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(2);
    expect(pdf.toString('latin1').match(/\/I\d+ Do/g)).toHaveLength(2); // one QR code drawn per letter
    const text = drawnText(pdf);
    expect(text).toEqual(expect.arrayContaining(['KE-0001  Amani', 'From Anna', 'Dear Amani, how is school?', 'UG-0002  Okello', 'Hello Okello.']));
    const payloads = text.filter((line) => parseLetterQr(line));
    expect(payloads.map((p) => parseLetterQr(p))).toEqual([
      { letterId: page().letterId, childCode: 'KE-0001' },
      { letterId: page().letterId, childCode: 'UG-0002' },
    ]);
  });

  it('prints names and text beyond Latin-1 with an embedded Unicode font, and they extract back as written', async () => {
    const body = 'Cześć Ngũgĩ! Žaneta and Zoë send greetings from Łódź — Ελένη, Дмитрий.';
    const pdf = await renderPrintPack([page({ childFirstName: 'Ngũgĩ', sponsorFirstName: 'Łukasz', body })], { compress: false });
    const source = pdf.toString('latin1');
    expect(source).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/); // embedded (subset), not a built-in font
    expect(source).not.toMatch(/\/BaseFont \/Helvetica/);
    const text = drawnText(pdf);
    expect(text).toEqual(expect.arrayContaining(['KE-0001  Ngũgĩ', 'From Łukasz', body]));
  });

  it('lets a long letter run over several pages', async () => {
    const long = Array.from({ length: 200 }, (_, i) => `Line ${i} of a long letter.`).join('\n');
    const pdf = await renderPrintPack([page({ body: long })]);
    expect(pageCount(pdf)).toBeGreaterThan(1);
  });

  it('draws the chosen stationery on every page of the letter, and nothing for plain', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Line ${i}.`).join('\n');
    // Decorations are filled paths drawn with a transparency (ExtGState) before the text.
    const shapes = (pdf: Buffer) => pdf.toString('latin1').match(/^f$/gm)?.length ?? 0;
    const plain = await renderPrintPack([page({ body: long, stationeryKey: 'plain' })], { compress: false });
    const none = await renderPrintPack([page({ body: long })], { compress: false });
    const stars = await renderPrintPack([page({ body: long, stationeryKey: 'stars' })], { compress: false });
    const balloons = await renderPrintPack([page({ body: long, stationeryKey: 'balloons' })], { compress: false });
    expect(shapes(plain)).toBe(shapes(none));
    const pages = pageCount(stars);
    expect(pages).toBeGreaterThan(1);
    const starsPerPage = 2 * (Math.floor((595.28 - 56) / 36) + 1);
    expect(shapes(stars) - shapes(none)).toBe(starsPerPage * pages);
    expect(shapes(balloons) - shapes(none)).toBe(6 * pageCount(balloons));
    expect(drawnText(stars)).toEqual(expect.arrayContaining(['Line 0.', 'Line 119.']));
  });
});
