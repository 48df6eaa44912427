import { readExifSummary, xmpHasGps } from './exif-tags';

// Kept: APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform) — needed to show the colours right.
const KEEP_APP = new Set([0xe0, 0xe2, 0xee]);

/**
 * Removes the metadata segments (EXIF, XMP, IPTC, comments, maker notes) from a JPEG without re-encoding it;
 * the image data after the start-of-scan marker is copied unchanged. Used for JPEGs embedded in PDFs.
 * Returns the input itself when there was nothing to remove or the stream is not a well-formed JPEG.
 */
export function stripJpegMetadata(jpeg: Uint8Array): { data: Uint8Array; hadGps: boolean } {
  const buf = Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== 0xd8) return { data: jpeg, hadGps: false };
  const kept: Buffer[] = [buf.subarray(0, 2)];
  let hadGps = false;
  let dropped = false;
  let at = 2;
  while (at + 4 <= buf.length) {
    if (buf[at] !== 0xff) return { data: jpeg, hadGps: false };
    const marker = buf[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xda) break; // start of scan: the rest is image data
    const length = buf.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > buf.length) return { data: jpeg, hadGps: false };
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if ((isApp && !KEEP_APP.has(marker)) || marker === 0xfe) {
      const payload = buf.subarray(at + 4, end);
      if (marker === 0xe1 && (readExifSummary(payload).gpsTags.length > 0 || xmpHasGps(payload))) hadGps = true;
      dropped = true;
    } else {
      kept.push(buf.subarray(at, end));
    }
    at = end;
  }
  if (!dropped) return { data: jpeg, hadGps: false };
  kept.push(buf.subarray(at));
  return { data: Buffer.concat(kept), hadGps };
}
