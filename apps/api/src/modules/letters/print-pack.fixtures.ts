import zlib from 'node:zlib';
import jsQR from 'jsqr';

// Test helpers that read a print pack the way a reader would, independent of pdfkit: only the PDF bytes.

/** Each stream object of a PDF: its dictionary and its bytes, inflated when FlateDecode. */
function streams(pdf: Buffer): Array<{ dict: string; data: Buffer }> {
  const source = pdf.toString('latin1');
  const found: Array<{ dict: string; data: Buffer }> = [];
  for (const m of source.matchAll(/\d+ 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const raw = pdf.subarray(start, source.indexOf('endstream', start));
    found.push({ dict: m[1], data: m[1].includes('/FlateDecode') ? zlib.inflateSync(raw) : raw });
  }
  return found;
}

/** The PDF's text with every compressed stream inflated in place, so its drawing operators can be read. */
function inflatedSource(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  return source.replace(/(\d+ 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n)([\s\S]*?)(\r?\nendstream)/g, (all, head: string, dict: string, body: string, tail: string) =>
    dict.includes('/FlateDecode') && !dict.includes('/Subtype /Image') ? head + zlib.inflateSync(Buffer.from(body, 'latin1')).toString('latin1') + tail : all,
  );
}

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
export function drawnText(pdf: Buffer): string[] {
  const source = inflatedSource(pdf);
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
/** The payloads of the QR codes drawn as RGB images in a PDF (pdfkit keeps their alpha apart, as an SMask). */
export function qrCodesIn(pdf: Buffer): string[] {
  const codes: string[] = [];
  for (const { dict, data } of streams(pdf)) {
    if (!dict.includes('/Subtype /Image') || !dict.includes('/DeviceRGB')) continue;
    const width = Number(dict.match(/\/Width (\d+)/)![1]);
    const height = Number(dict.match(/\/Height (\d+)/)![1]);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([data[i * 3], data[i * 3 + 1], data[i * 3 + 2], 255], i * 4);
    const code = jsQR(rgba, width, height);
    if (code) codes.push(code.data);
  }
  return codes;
}
