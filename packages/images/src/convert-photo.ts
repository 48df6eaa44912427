import sharp from 'sharp';
import { decodeHeic } from './heic-decoder';
import { IMAGE_LIMITS, type DerivativeSettings } from './image-limits';
import { decodeError, readHeader, sharpInputOptions, type ImageInfo } from './inspect-image';
import { UnsupportedMediaError } from './media-errors';
import { assertWebpHasNoMetadata } from './webp-chunks';

/** One stored rendition: upright, sRGB, WebP, without any metadata. */
export type PhotoDerivative = { data: Buffer; width: number; height: number; format: 'webp'; bytes: number };

export type ConvertedPhoto = {
  display: PhotoDerivative;
  thumbnail: PhotoDerivative;
  /** Facts about the upload, kept for the media record; the upload itself is not kept by this function. */
  original: { width: number; height: number; format: ImageInfo['format']; bytes: number; orientation: number; hadGps: boolean };
};

export type ConvertPhotoOptions = {
  display?: Partial<DerivativeSettings>;
  thumbnail?: Partial<DerivativeSettings>;
};

/**
 * Turns an uploaded photo into the display and thumbnail WebPs sponsors see: oriented from EXIF,
 * never upscaled, and stripped of every metadata block (EXIF, GPS, XMP, ICC → sRGB).
 * Pure bytes in, bytes out, so the job-queue worker can call it as is.
 */
export async function convertPhoto(input: Uint8Array, options: ConvertPhotoOptions = {}): Promise<ConvertedPhoto> {
  const display = { ...IMAGE_LIMITS.display, ...options.display };
  const thumbnail = { ...IMAGE_LIMITS.thumbnail, ...options.thumbnail };
  const info = await readHeader(input);
  if (info.format === 'pdf') {
    throw new UnsupportedMediaError('not-a-photo', 'This file is a PDF; convert it with convertPdf (or convertMedia).');
  }

  const pixels = await orientedPixels(input, info, display.maxEdge).catch((error: unknown) => {
    throw error instanceof UnsupportedMediaError ? error : decodeError(info.format, error);
  });
  const [displayOut, thumbnailOut] = await Promise.all([encodeDerivative(pixels, display), encodeDerivative(pixels, thumbnail)]);

  return {
    display: displayOut,
    thumbnail: thumbnailOut,
    original: {
      width: info.width,
      height: info.height,
      format: info.format,
      bytes: input.length,
      orientation: info.orientation,
      hadGps: info.hasGps,
    },
  };
}

/** Decoded, upright sRGB pixels (3 or 4 channels), the input of both derivatives. */
export type Pixels = { data: Uint8Array; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };

// Decode once, orient and shrink to the display size; both derivatives are encoded from these pixels.
async function orientedPixels(input: Uint8Array, info: ImageInfo, maxEdge: number): Promise<Pixels> {
  let pipeline: sharp.Sharp;
  if (info.format === 'heif') {
    const raw = await decodeHeic(input).catch((error: unknown) => {
      throw decodeError('heif', error);
    });
    pipeline = sharp(raw.data, { ...sharpInputOptions(), raw: { width: raw.width, height: raw.height, channels: raw.channels } });
  } else {
    pipeline = sharp(input, sharpInputOptions()).autoOrient();
  }
  return pipeline
    .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/** One WebP derivative of decoded pixels, checked to carry no metadata chunk. */
export async function encodeDerivative({ data, info }: Pixels, settings: DerivativeSettings): Promise<PhotoDerivative> {
  const out = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .resize({ width: settings.maxEdge, height: settings.maxEdge, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: settings.quality, effort: settings.effort, smartSubsample: true })
    .toBuffer({ resolveWithObject: true });
  assertWebpHasNoMetadata(out.data);
  return { data: out.data, width: out.info.width, height: out.info.height, format: 'webp', bytes: out.data.length };
}
