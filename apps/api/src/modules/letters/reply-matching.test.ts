import QRCode from 'qrcode';
import sharp from 'sharp';
import { formatLetterQr } from '@portal/file-matcher';
import { linkReply, readReplyQr } from './reply-matching';

const LETTER_ID = 'TGV0dGVyOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ';

/**
 * A phone photo of a printed letter: an uneven off-white sheet with lines of "handwriting", the
 * print pack's QR code (made as the print pack makes it) scaled and turned a little, a slight blur,
 * saved as a JPEG.
 */
async function photographedLetter(opts: { angle: number; qrWidth: number; payload?: string; orientation?: number }): Promise<Buffer> {
  const [w, h] = [2000, 2800];
  const qrPng = await QRCode.toBuffer(opts.payload ?? formatLetterQr(LETTER_ID, 'KE-0001'), { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const qr = await sharp(qrPng)
    .resize({ width: opts.qrWidth })
    .rotate(opts.angle, { background: '#f4efe4' })
    .toBuffer();
  const lines = Array.from({ length: 30 }, (_, i) => `<path d="M160 ${700 + i * 64} q 300 -18 600 0 t 600 4 t 400 -6" stroke="#33366a" stroke-width="5" fill="none"/>`).join('');
  const sheet = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
       <defs><linearGradient id="light" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fbf7ee"/><stop offset="1" stop-color="#cfc8b8"/></linearGradient></defs>
       <rect width="${w}" height="${h}" fill="url(#light)"/>${lines}
     </svg>`,
  );
  let photo = sharp(sheet)
    .composite([{ input: qr, left: w - opts.qrWidth - 260, top: 180 }])
    .blur(1.2);
  if (opts.orientation) photo = photo.rotate(opts.orientation === 6 ? -90 : 0).withMetadata({ orientation: opts.orientation });
  return photo.jpeg({ quality: 78 }).toBuffer();
}

describe('reading the print-pack QR code from a scanned reply', () => {
  jest.setTimeout(60_000);

  it('decodes a photographed letter: QR scaled down and turned by a few degrees', async () => {
    const photo = await photographedLetter({ angle: 7, qrWidth: 300 });
    expect(photo.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    await expect(readReplyQr(photo, 'image/jpeg')).resolves.toEqual({ letterId: LETTER_ID, childCode: 'KE-0001' });
  });

  it('decodes a photo taken sideways (EXIF orientation 6) and turned the other way', async () => {
    const photo = await photographedLetter({ angle: -5, qrWidth: 360, orientation: 6 });
    expect((await sharp(photo).metadata()).orientation).toBe(6);
    await expect(readReplyQr(photo, 'image/jpeg')).resolves.toEqual({ letterId: LETTER_ID, childCode: 'KE-0001' });
  });

  it('finds nothing in a scan without a QR code, ignores QR codes that are not the print pack’s, and skips PDFs', async () => {
    const plain = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#f4efe4' } }).jpeg().toBuffer();
    await expect(readReplyQr(plain, 'image/jpeg')).resolves.toBeNull();
    const other = await photographedLetter({ angle: 3, qrWidth: 300, payload: 'https://example.org/not-a-letter' });
    await expect(readReplyQr(other, 'image/jpeg')).resolves.toBeNull();
    await expect(readReplyQr(Buffer.from('%PDF-1.7\n%…'), 'application/pdf')).resolves.toBeNull();
  });
});

describe('linking a reply', () => {
  it.each([
    ['the QR code wins over a child code', { letterId: 'TGV0', childCode: 'KE-0001' }, 'UG-0002', { via: 'QR', letterId: 'TGV0', childCode: 'KE-0001' }],
    ['the child code when no QR code was read', null, ' UG-0002 ', { via: 'CHILD_CODE', childCode: 'UG-0002' }],
    ['neither', null, '  ', { via: 'NONE', reason: expect.stringContaining('child code') }],
    ['neither (no code given)', null, null, { via: 'NONE', reason: expect.any(String) }],
  ])('%s', (_name, qr, code, expected) => {
    expect(linkReply(qr, code)).toEqual(expected);
  });
});
