import jsQR from 'jsqr';
import sharp from 'sharp';
import { parseLetterQr, type LetterQr } from '@portal/file-matcher';

/** How a scanned reply was linked: the print-pack QR code, the child code the partner gave, or neither. */
export type ReplyLink =
  | { via: 'QR'; letterId: string; childCode: string }
  | { via: 'CHILD_CODE'; childCode: string }
  | { via: 'NONE'; reason: string };

// jsQR works on raw RGBA; phone photos are large, and a QR code a tenth of the page stays readable at these widths.
const DECODE_WIDTHS = [1600, 1000];

/**
 * Reads the print-pack QR code from a scanned or photographed reply (JPEG, PNG, WebP, TIFF): the
 * image is turned upright by its EXIF orientation, then decoded at a few sizes (jsQR finds codes
 * that are rotated or skewed). PDFs are not rasterised: null, as for an image without a letter QR.
 */
export async function readReplyQr(bytes: Buffer, contentType: string): Promise<LetterQr | null> {
  if (contentType === 'application/pdf') return null;
  const meta = await sharp(bytes, { failOn: 'none' }).metadata();
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  for (const target of DECODE_WIDTHS) {
    const { data, info } = await sharp(bytes, { failOn: 'none' })
      .autoOrient()
      .resize({ width: Math.min(target, width || target), withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height, { inversionAttempts: 'dontInvert' });
    // A readable code that is not a print pack's will not become one at another size.
    if (code) return parseLetterQr(code.data);
    if (width && width <= target) break; // a larger decode width would not change the image
  }
  return null;
}

/**
 * Decides what a reply answers: the QR code when it was read (it names the letter and its child),
 * else the child code the partner gave. Pure.
 */
export function linkReply(qr: LetterQr | null, childCode: string | null | undefined): ReplyLink {
  if (qr) return { via: 'QR', letterId: qr.letterId, childCode: qr.childCode };
  const code = childCode?.trim();
  if (code) return { via: 'CHILD_CODE', childCode: code };
  return { via: 'NONE', reason: 'No print-pack QR code was found in the scan: give the child code.' };
}
