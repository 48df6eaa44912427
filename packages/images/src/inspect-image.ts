import sharp from 'sharp';
import { readExifSummary, xmpHasGps } from './exif-tags';
import { IMAGE_LIMITS } from './image-limits';
import { ACCEPTED_FORMATS_TEXT, UnsupportedMediaError } from './media-errors';
import { sniffFormat, type MediaFormat } from './sniff-format';

/** What the portal needs to know about an upload before storing or converting it. */
export type ImageInfo = {
  format: MediaFormat;
  mime: string;
  /** Pixels as stored, before orientation; for PDF, the first page's MediaBox in points. */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1 when absent; always 1 for HEIF, whose decoder applies the container's rotation). */
  orientation: number;
  /** True when EXIF or XMP carries a location. */
  hasGps: boolean;
};

export type InspectOptions = {
  /** Decode the pixels too, so a truncated file is refused now rather than in the worker. Default true. */
  verifyDecode?: boolean;
};

const FORMAT_LABEL: Record<MediaFormat, string> = {
  jpeg: 'JPEG', png: 'PNG', webp: 'WebP', tiff: 'TIFF', heif: 'HEIC', avif: 'AVIF', pdf: 'PDF',
};

/** Identifies an upload by its content and reads its size, orientation and whether it reveals a location. */
export async function inspectImage(input: Uint8Array, options: InspectOptions = {}): Promise<ImageInfo> {
  const info = await readHeader(input);
  // sharp cannot decode HEVC, and a full WASM decode costs ~1 s: HEIF is verified when converted.
  if (options.verifyDecode !== false && info.format !== 'pdf' && info.format !== 'heif') {
    await sharp(input, sharpInputOptions()).resize(64, 64, { fit: 'inside' }).raw().toBuffer().catch((error: unknown) => {
      throw decodeError(info.format, error);
    });
  }
  return info;
}

/** Sniff, limits and metadata without decoding pixels; shared by inspectImage and convertPhoto. */
export async function readHeader(input: Uint8Array): Promise<ImageInfo> {
  if (input.length > IMAGE_LIMITS.maxInputBytes) {
    throw new UnsupportedMediaError('too-large', `This file is ${Math.round(input.length / 1048576)} MB; the limit is ${IMAGE_LIMITS.maxInputBytes / 1048576} MB.`);
  }
  const sniffed = sniffFormat(input);
  if (!sniffed.supported) {
    throw new UnsupportedMediaError('unsupported-format', `This file is ${sniffed.description}; ${ACCEPTED_FORMATS_TEXT}.`);
  }
  if (sniffed.format === 'pdf') return inspectPdf(input, sniffed.mime);

  const meta = await sharp(input, { limitInputPixels: false }).metadata().catch((error: unknown) => {
    throw decodeError(sniffed.format, error);
  });
  if (!meta.width || !meta.height) throw decodeError(sniffed.format, new Error('no dimensions'));
  if (meta.width * meta.height > IMAGE_LIMITS.maxInputPixels) {
    throw new UnsupportedMediaError(
      'too-large',
      `This image is ${meta.width}×${meta.height} pixels; the limit is ${IMAGE_LIMITS.maxInputPixels / 1_000_000} megapixels.`,
    );
  }
  // A TIFF's EXIF and GPS tags sit in the file's own IFDs, which sharp does not hand back as `exif`.
  const exif = readExifSummary(sniffed.format === 'tiff' ? input : meta.exif);
  return {
    format: sniffed.format,
    mime: sniffed.mime,
    width: meta.width,
    height: meta.height,
    orientation: sniffed.format === 'heif' ? 1 : (meta.orientation ?? exif.orientation ?? 1),
    hasGps: exif.gpsTags.length > 0 || xmpHasGps(meta.xmp),
  };
}

export function sharpInputOptions(): sharp.SharpOptions {
  // 'error' rather than the default 'warning': phone JPEGs often carry harmless libjpeg warnings.
  return { limitInputPixels: IMAGE_LIMITS.maxInputPixels, failOn: 'error' };
}

export function decodeError(format: MediaFormat, cause: unknown): UnsupportedMediaError {
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/pixel limit/i.test(message)) {
    return new UnsupportedMediaError('too-large', `This image is larger than ${IMAGE_LIMITS.maxInputPixels / 1_000_000} megapixels.`, { cause });
  }
  return new UnsupportedMediaError(
    'undecodable',
    `This ${FORMAT_LABEL[format]} file could not be decoded; it may be truncated or damaged. Try uploading it again.`,
    { cause },
  );
}

// Only the first page box is read here, for layout; convertPdf validates, cleans and renders the PDF in the worker.
function inspectPdf(input: Uint8Array, mime: string): ImageInfo {
  const text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  if (!text.slice(-1024).includes('%%EOF')) throw decodeError('pdf', new Error('no %%EOF trailer'));
  const box = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(text);
  const [x0, y0, x1, y1] = box ? box.slice(1).map(Number) : [0, 0, 0, 0];
  return { format: 'pdf', mime, width: Math.round(x1 - x0), height: Math.round(y1 - y0), orientation: 1, hasGps: xmpHasGps(input) };
}
