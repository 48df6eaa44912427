import { readFixture } from './image.fixtures';
import { inspectImage } from './inspect-image';
import { UnsupportedMediaError } from './media-errors';

const refusal = async (input: Uint8Array) => {
  const error = await inspectImage(input).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnsupportedMediaError);
  return error as UnsupportedMediaError;
};

// Rewrites the SOF0 frame size of a baseline JPEG: a tiny file that claims to be huge.
function claimDimensions(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  for (let at = 2; at < out.length; ) {
    const marker = out[at + 1];
    if (marker >= 0xc0 && marker <= 0xc2) {
      out.writeUInt16BE(height, at + 5);
      out.writeUInt16BE(width, at + 7);
      return out;
    }
    at += 2 + out.readUInt16BE(at + 2);
  }
  throw new Error('no SOF marker');
}

describe('inspectImage', () => {
  test('reads format, size, orientation and location of a camera photo', async () => {
    expect(await inspectImage(readFixture('gps-DSCN0010.jpg'))).toEqual({
      format: 'jpeg', mime: 'image/jpeg', width: 640, height: 480, orientation: 1, hasGps: true,
    });
  });

  test('reports the EXIF orientation without applying it', async () => {
    const info = await inspectImage(readFixture('orientation-landscape_6.jpg'));
    expect(info).toMatchObject({ width: 450, height: 600, orientation: 6, hasGps: false });
  });

  test('reads a HEIC without decoding HEVC, GPS included', async () => {
    expect(await inspectImage(readFixture('heic-IMG_5195.HEIC'))).toEqual({
      format: 'heif', mime: 'image/heic', width: 2566, height: 3313, orientation: 1, hasGps: true,
    });
  });

  test('goes by content, not by name: a JPEG is a JPEG whatever it was called', async () => {
    expect((await inspectImage(readFixture('xmp-no_exif.jpg'))).format).toBe('jpeg');
  });

  test('refuses an office document with a message naming it', async () => {
    const docx = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(26), Buffer.from('[Content_Types].xmlword/document.xml')]);
    const error = await refusal(docx);
    expect(error.reason).toBe('unsupported-format');
    expect(error.message).toBe('This file is a .docx document; upload JPEG, PNG, WebP, TIFF, HEIC or PDF.');
  });

  test('refuses a truncated JPEG as undecodable', async () => {
    const jpeg = readFixture('orientation-landscape_1.jpg');
    const error = await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(error.reason).toBe('undecodable');
    expect(error.message).toMatch(/^This JPEG file could not be decoded/);
  });

  test('refuses a JPEG whose header is garbage', async () => {
    const error = await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(200, 7)]));
    expect(error.reason).toBe('undecodable');
  });

  test('refuses a decompression bomb from its header, before decoding', async () => {
    const bomb = claimDimensions(readFixture('xmp-no_exif.jpg'), 12_000, 9_000);
    const error = await refusal(bomb);
    expect(error.reason).toBe('too-large');
    expect(error.message).toContain('12000×9000');
  });

  test('accepts a PDF scan and reads its page box', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Page/MediaBox [0 0 595.28 841.89]>>endobj\ntrailer<<>>\n%%EOF\n');
    expect(await inspectImage(pdf)).toEqual({
      format: 'pdf', mime: 'application/pdf', width: 595, height: 842, orientation: 1, hasGps: false,
    });
    expect((await refusal(pdf.subarray(0, 40))).reason).toBe('undecodable');
  });
});
