import sharp from 'sharp';
import { convertPhoto, type ConvertedPhoto } from './convert-photo';
import { readExifSummary } from './exif-tags';
import { fixtureNames, median, PHONE_PHOTOS, readFixture } from './image.fixtures';
import { UnsupportedMediaError } from './media-errors';
import { listWebpChunks } from './webp-chunks';
import { IMAGE_LIMITS } from './image-limits';

// Converting every fixture once (~3 s, HEIC included) and sharing the results keeps the suite fast.
// On a loaded 2-core machine the 21 conversions took over 20 s: the hook gets its own allowance.
const converted = new Map<string, ConvertedPhoto>();
beforeAll(async () => {
  for (const name of fixtureNames()) converted.set(name, await convertPhoto(readFixture(name)));
}, 120_000);

const derivativesOf = (name: string) => {
  const { display, thumbnail } = converted.get(name)!;
  return [display, thumbnail];
};

// A 16×12 grey sketch of an image: enough to tell a rotation or mirror apart, blind to codec noise.
async function sketch(webp: Buffer): Promise<Buffer> {
  return sharp(webp).resize(16, 12, { fit: 'fill' }).greyscale().raw().toBuffer();
}
const meanDifference = (a: Buffer, b: Buffer) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) / a.length;

describe('convertPhoto', () => {
  test('converts every fixture photo into a display and a thumbnail WebP', () => {
    expect(converted.size).toBe(21);
    for (const [name, { display, thumbnail, original }] of converted) {
      expect({ name, format: display.format, bytes: display.bytes }).toEqual({ name, format: 'webp', bytes: display.data.length });
      expect(Math.max(display.width, display.height)).toBeLessThanOrEqual(IMAGE_LIMITS.display.maxEdge);
      expect(Math.max(thumbnail.width, thumbnail.height)).toBeLessThanOrEqual(400);
      expect(original.bytes).toBe(readFixture(name).length);
    }
  });

  test.each(fixtureNames())('%s: no EXIF, GPS, XMP or ICC survives in any derivative', async (name) => {
    for (const derivative of derivativesOf(name)) {
      const meta = await sharp(derivative.data).metadata();
      expect({ exif: meta.exif, xmp: meta.xmp, icc: meta.icc, iptc: meta.iptc }).toEqual({ exif: undefined, xmp: undefined, icc: undefined, iptc: undefined });
      expect(readExifSummary(meta.exif).gpsTags).toEqual([]);
      expect(listWebpChunks(derivative.data).filter((id) => !['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(id))).toEqual([]);
      expect(meta.format).toBe('webp');
    }
  });

  test('the location of the GPS photos is noted on the original and gone from the output', () => {
    for (const name of ['gps-DSCN0010.jpg', 'heic-IMG_5195.HEIC']) {
      expect(converted.get(name)!.original.hadGps).toBe(true);
    }
  });

  test.each(['landscape', 'portrait'])('all 8 EXIF orientations of the %s set come out upright', async (set) => {
    const upright = converted.get(`orientation-${set}_1.jpg`)!.display;
    const reference = await sketch(upright.data);
    for (let n = 1; n <= 8; n++) {
      const { display, original } = converted.get(`orientation-${set}_${n}.jpg`)!;
      expect(original.orientation).toBe(n);
      // Orientations 5–8 are stored on their side: width and height swap.
      expect(n >= 5 ? [original.height, original.width] : [original.width, original.height]).toEqual([upright.width, upright.height]);
      expect([display.width, display.height]).toEqual([upright.width, upright.height]);
      expect(meanDifference(await sketch(display.data), reference)).toBeLessThan(8);
    }
  });

  test('a wrongly oriented image would be caught by the sketch comparison', async () => {
    const upright = converted.get('orientation-landscape_1.jpg')!.display.data;
    const mirrored = await sharp(upright).flop().webp().toBuffer();
    expect(meanDifference(await sketch(mirrored), await sketch(upright))).toBeGreaterThan(15);
  });

  test('never upscales, and shrinks to the display size on the long side', () => {
    expect(derivativesOf('xmp-no_exif.jpg').map((d) => [d.width, d.height])).toEqual([[322, 466], [276, 400]]);
    expect(derivativesOf('hdr-iphone_hdr_YES.jpg').map((d) => [d.width, d.height])).toEqual([[1280, 960], [400, 300]]);
    expect(derivativesOf('heic-IMG_5195.HEIC').map((d) => [d.width, d.height])).toEqual([[991, 1280], [310, 400]]);
  });

  test('keeps transparency of a PNG with alpha', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
    const { display, thumbnail, original } = await convertPhoto(png);
    expect(original).toMatchObject({ format: 'png', width: 300, height: 200 });
    expect([display.width, display.height, thumbnail.width]).toEqual([300, 200, 300]);
    expect((await sharp(display.data).metadata()).hasAlpha).toBe(true);
  });

  test('takes TIFF and WebP input, orienting and stripping them too', async () => {
    const source = readFixture('gps-DSCN0010.jpg');
    // Keeps the camera's EXIF, GPS included, and marks the pixels as stored on their side.
    const rotated = sharp(source).withMetadata({ orientation: 6 });
    // libvips writes no GPS IFD into TIFF, so only the WebP still carries the location.
    const inputs = [
      { input: await rotated.clone().tiff().toBuffer(), format: 'tiff', hadGps: false },
      { input: await rotated.clone().webp().toBuffer(), format: 'webp', hadGps: true },
    ];
    for (const { input, format, hadGps } of inputs) {
      const { display, original } = await convertPhoto(input);
      expect(original).toMatchObject({ format, orientation: 6, hadGps });
      expect([display.width, display.height]).toEqual([480, 640]);
      expect((await sharp(display.data).metadata()).exif).toBeUndefined();
    }
  });

  test('refuses a PDF (scans are stored as uploaded) and corrupt input', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</MediaBox [0 0 595 842]>>endobj\n%%EOF\n');
    await expect(convertPhoto(pdf)).rejects.toMatchObject({ name: 'UnsupportedMediaError', reason: 'not-a-photo' });
    const jpeg = readFixture('orientation-portrait_1.jpg');
    await expect(convertPhoto(jpeg.subarray(0, jpeg.length - 20_000))).rejects.toMatchObject({ reason: 'undecodable' });
    const heic = readFixture('heic-IMG_5195.HEIC');
    await expect(convertPhoto(heic.subarray(0, 4096))).rejects.toBeInstanceOf(UnsupportedMediaError);
  });

  const ratios = () =>
    PHONE_PHOTOS.map((name) => {
      const { display, thumbnail, original } = converted.get(name)!;
      return (display.bytes + thumbnail.bytes) / original.bytes;
    });

  // The storage target: what is kept of a phone photo is at most 10% of what was uploaded.
  test('display + thumbnail are at most 10% of the phone original (median)', () => {
    expect(median(ratios())).toBeLessThanOrEqual(0.1);
  });
});
