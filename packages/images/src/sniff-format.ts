/** Formats the pipeline accepts, named as sharp names them (HEIC/HEIF are both `heif`). */
export type MediaFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'heif' | 'avif' | 'pdf';

export type SniffResult =
  | { supported: true; format: MediaFormat; mime: string }
  | { supported: false; description: string };

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const VIDEO_BRANDS = new Set(['isom', 'iso2', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4A ', 'qt  ', '3gp4', '3gp5', '3g2a', 'dash']);

const ascii = (buf: Uint8Array, start: number, end: number): string =>
  Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1', start, Math.min(end, buf.length));

const startsWith = (buf: Uint8Array, bytes: number[], offset = 0): boolean =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);

/** Identifies a file by its leading bytes; the name a browser sent is never trusted. */
export function sniffFormat(buf: Uint8Array): SniffResult {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { supported: true, format: 'jpeg', mime: 'image/jpeg' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { supported: true, format: 'png', mime: 'image/png' };
  if (ascii(buf, 0, 4) === 'RIFF') return sniffRiff(ascii(buf, 8, 12));
  if (startsWith(buf, [0x49, 0x49, 0x2a, 0x00]) || startsWith(buf, [0x4d, 0x4d, 0x00, 0x2a]) || startsWith(buf, [0x49, 0x49, 0x2b, 0x00])) {
    return { supported: true, format: 'tiff', mime: 'image/tiff' };
  }
  if (ascii(buf, 4, 8) === 'ftyp') return sniffIsoMedia(buf);
  if (ascii(buf, 0, 5) === '%PDF-') return { supported: true, format: 'pdf', mime: 'application/pdf' };
  return { supported: false, description: describeUnsupported(buf) };
}

function sniffRiff(kind: string): SniffResult {
  if (kind === 'WEBP') return { supported: true, format: 'webp', mime: 'image/webp' };
  if (kind === 'WAVE') return { supported: false, description: 'a .wav audio file' };
  if (kind === 'AVI ') return { supported: false, description: 'an .avi video' };
  return { supported: false, description: 'a RIFF media file' };
}

// ISO base media files share `ftyp`: HEIC/AVIF photos, but also MP4/MOV videos (iPhone Live Photos).
function sniffIsoMedia(buf: Uint8Array): SniffResult {
  const boxSize = Math.min(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).readUInt32BE(0), buf.length, 256);
  const major = ascii(buf, 8, 12);
  const brands = [major];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(buf, at, at + 4));
  if (HEIC_BRANDS.has(major)) return { supported: true, format: 'heif', mime: 'image/heic' };
  if (AVIF_BRANDS.has(major) || (HEIF_BRANDS.has(major) && brands.some((b) => AVIF_BRANDS.has(b)))) {
    return { supported: true, format: 'avif', mime: 'image/avif' };
  }
  if (HEIF_BRANDS.has(major)) return { supported: true, format: 'heif', mime: 'image/heif' };
  if (major === 'qt  ') return { supported: false, description: 'a .mov video' };
  if (VIDEO_BRANDS.has(major)) return { supported: false, description: 'an .mp4 video' };
  return { supported: false, description: 'a video or media container' };
}

// Only to make the refusal message helpful; anything not listed here is "of an unrecognised type".
function describeUnsupported(buf: Uint8Array): string {
  const head = ascii(buf, 0, 512);
  if (head.startsWith('PK\x03\x04')) return describeZip(buf);
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'an older Microsoft Office document (.doc, .xls or .ppt)';
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'a .gif image';
  if (head.startsWith('BM')) return 'a .bmp image';
  if (head.startsWith('{\\rtf')) return 'an .rtf document';
  if (head.startsWith('MZ')) return 'a Windows program';
  if (head.startsWith('ID3') || startsWith(buf, [0xff, 0xfb])) return 'an .mp3 audio file';
  if (startsWith(buf, [0x1a, 0x45, 0xdf, 0xa3])) return 'a .webm or .mkv video';
  if (head.startsWith('Rar!')) return 'a .rar archive';
  if (startsWith(buf, [0x1f, 0x8b])) return 'a .gz archive';
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (text.includes('<svg')) return 'an .svg drawing';
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return 'a web page (.html)';
  if (buf.length > 0 && /^[\t\n\r\x20-\x7e\x80-\xff]*$/.test(head) && !head.includes('\0')) return 'a text file';
  if (buf.length === 0) return 'empty';
  return 'of an unrecognised type';
}

// Office Open XML and OpenDocument are ZIPs; their part names appear in plain text in the archive.
function describeZip(buf: Uint8Array): string {
  const body = ascii(buf, 0, buf.length);
  if (body.includes('word/')) return 'a .docx document';
  if (body.includes('xl/')) return 'an .xlsx spreadsheet';
  if (body.includes('ppt/')) return 'a .pptx presentation';
  if (body.includes('application/vnd.oasis.opendocument')) return 'an OpenDocument file';
  return 'a .zip archive';
}
