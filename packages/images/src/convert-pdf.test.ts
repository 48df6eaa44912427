import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { convertMedia, convertPdf } from './convert-pdf';
import { readExifSummary } from './exif-tags';
import { stripJpegMetadata } from './jpeg-segments';
import { readFixture } from './image.fixtures';
import { letterPdf } from './pdf.fixtures';
import { listWebpChunks } from './webp-chunks';

/** Every object of a PDF as text, streams decoded (JPEG streams as they are), so a leak cannot hide in compression. */
function everything(doc: PDFDocument): string {
  return doc.context.enumerateIndirectObjects().map(([, object]) => {
    if (!(object instanceof PDFRawStream)) return object.toString();
    const jpeg = object.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode');
    const bytes = jpeg ? object.contents : decodePDFRawStream(object).decode();
    return `${object.dict.toString()}\n${Buffer.from(bytes).toString('latin1')}`;
  }).join('\n');
}

/** Mean RGB of a box of an image, the box given as fractions of its size. */
async function meanColour(image: Buffer, box: { left: number; top: number; width: number; height: number }): Promise<number[]> {
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const region = { left: Math.round(box.left * width), top: Math.round(box.top * height), width: Math.round(box.width * width), height: Math.round(box.height * height) };
  // stats() reads the input, not the pipeline: extract to a buffer first.
  const { channels } = await sharp(await sharp(image).extract(region).png().toBuffer()).stats();
  return channels.slice(0, 3).map((c) => Math.round(c.mean));
}

describe('convertPdf', () => {
  let source: Buffer;
  beforeAll(async () => {
    source = await letterPdf();
  });

  test('keeps every page of a multi-page letter and renders page 1 as display and thumbnail WebPs', async () => {
    const out = await convertPdf(source);
    expect(out.document.pageCount).toBe(3);
    expect((await PDFDocument.load(out.document.data)).getPageCount()).toBe(3);
    // A4 portrait, long side fitted to the display and thumbnail sizes.
    expect(out.display).toMatchObject({ format: 'webp', width: 905, height: 1280 });
    expect(out.thumbnail).toMatchObject({ format: 'webp', width: 283, height: 400 });
    for (const d of [out.display, out.thumbnail]) {
      expect(listWebpChunks(d.data)).toEqual(['VP8 ']);
      expect((await sharp(d.data).metadata()).format).toBe('webp');
    }
    // The red block fills the top-left quarter (under the first line of text); the bottom-left is white paper.
    const [r, g, b] = await meanColour(out.display.data, { left: 0.05, top: 0.2, width: 0.4, height: 0.25 });
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(50);
    expect(b).toBeLessThan(50);
    for (const c of await meanColour(out.thumbnail.data, { left: 0.05, top: 0.55, width: 0.25, height: 0.1 })) expect(c).toBeGreaterThan(250);
    expect(out.original).toMatchObject({ format: 'pdf', bytes: source.length, pageCount: 3, hadGps: true });
  });

  test('the kept PDF has no document info, XMP, script or EXIF location', async () => {
    const before = await PDFDocument.load(source, { updateMetadata: false });
    expect(before.getTitle()).toMatch(/Amani/);
    expect(everything(before)).toMatch(/GPSLatitude[\s\S]*JavaScript|JavaScript[\s\S]*GPSLatitude/);
    expect(everything(before)).toContain('Exif');

    const { document } = await convertPdf(source);
    const clean = await PDFDocument.load(document.data, { updateMetadata: false });
    expect(clean.context.trailerInfo.Info).toBeUndefined();
    expect(clean.getTitle()).toBeUndefined();
    expect(clean.catalog.keys().map(String).sort()).toEqual(['/Pages', '/Type']);
    const text = everything(clean);
    for (const leak of ['GPSLatitude', 'JavaScript', 'Exif', '/Metadata', '/OpenAction', '/Producer', '/Creator']) expect(text).not.toContain(leak);
    // The embedded photo is still there, without its EXIF segment.
    expect(text).toContain('/DCTDecode');
  });

  test('a corrupt, truncated or fake PDF is refused with a message for the uploader', async () => {
    const truncated = source.subarray(0, Math.floor(source.length / 3));
    const fake = Buffer.from('%PDF-1.7\nthis is not really a pdf\n%%EOF\n');
    for (const bad of [truncated, fake]) {
      await expect(convertPdf(bad)).rejects.toMatchObject({
        name: 'UnsupportedMediaError', reason: 'undecodable', message: expect.stringMatching(/^This PDF file could not be decoded/),
      });
    }
  });

  test('a PDF whose page cannot be rendered in time is refused, not left hanging', async () => {
    await expect(convertPdf(source, { renderTimeoutMs: 1 })).rejects.toMatchObject({ reason: 'undecodable' });
  });

  test('convertMedia picks the converter by content', async () => {
    const pdf = await convertMedia(source);
    expect(pdf.document?.pageCount).toBe(3);
    const photo = await convertMedia(readFixture('orientation-landscape_1.jpg'));
    expect(photo.document).toBeNull();
    expect(photo.display.format).toBe('webp');
  });
});

describe('stripJpegMetadata', () => {
  test('drops EXIF (with its GPS) and keeps the image data unchanged', async () => {
    const photo = readFixture('gps-DSCN0010.jpg');
    expect(readExifSummary((await sharp(photo).metadata()).exif).gpsTags.length).toBeGreaterThan(0);
    const { data, hadGps } = stripJpegMetadata(photo);
    expect(hadGps).toBe(true);
    const meta = await sharp(Buffer.from(data)).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    const [before, after] = await Promise.all([sharp(photo).raw().toBuffer(), sharp(Buffer.from(data)).raw().toBuffer()]);
    expect(after.equals(before)).toBe(true);
  });

  test('returns what is not a JPEG untouched', () => {
    const notJpeg = Buffer.from('not a jpeg at all');
    expect(stripJpegMetadata(notJpeg).data).toBe(notJpeg);
  });
});
