import { sniffFormat } from './sniff-format';

const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const ftyp = (major: string, ...compatible: string[]): Buffer => {
  const body = bytes('ftyp', major, [0, 0, 0, 0], ...compatible);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(body.length + 4);
  return Buffer.concat([size, body, Buffer.alloc(16)]);
};

describe('sniffFormat', () => {
  test.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg'],
    ['png', bytes([0x89], 'PNG\r\n\x1a\n'), 'image/png'],
    ['webp', bytes('RIFF', [1, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['tiff', bytes('II*\0'), 'image/tiff'],
    ['tiff', bytes('MM\0*'), 'image/tiff'],
    ['heif', ftyp('heic', 'mif1', 'heic'), 'image/heic'],
    ['heif', ftyp('mif1', 'heic'), 'image/heif'],
    ['avif', ftyp('avif', 'mif1'), 'image/avif'],
    ['avif', ftyp('mif1', 'avif'), 'image/avif'],
    ['pdf', bytes('%PDF-1.7\n'), 'application/pdf'],
  ])('recognises %s by content', (format, input, mime) => {
    expect(sniffFormat(input)).toEqual({ supported: true, format, mime });
  });

  test.each([
    ['a .docx document', bytes('PK\x03\x04', '\0'.repeat(26), '[Content_Types].xml', 'word/document.xml')],
    ['an .xlsx spreadsheet', bytes('PK\x03\x04', '\0'.repeat(26), 'xl/workbook.xml')],
    ['a .zip archive', bytes('PK\x03\x04', '\0'.repeat(26), 'photos/a.jpg')],
    ['an older Microsoft Office document (.doc, .xls or .ppt)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['a .gif image', bytes('GIF89a')],
    ['a .mov video', ftyp('qt  ')],
    ['an .mp4 video', ftyp('isom', 'mp41')],
    ['an .svg drawing', bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a web page (.html)', bytes('<!DOCTYPE html><html></html>')],
    ['a text file', bytes('name,child\nAna,K-123\n')],
    ['empty', bytes('')],
    ['of an unrecognised type', bytes([0, 1, 2, 3, 0, 0xfe])],
  ])('describes %s', (description, input) => {
    expect(sniffFormat(input)).toEqual({ supported: false, description });
  });
});
