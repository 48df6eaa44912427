/** Raw pixels of a decoded HEIC/HEIF; channels is 3 when the image turned out fully opaque. */
export type RawImage = { data: Buffer; width: number; height: number; channels: 3 | 4 };

/**
 * Decodes the primary image of a HEIC with libheif compiled to WASM (sharp's prebuilt libvips
 * has no HEVC decoder). libheif applies the container's irot/imir transforms, so the pixels come
 * back upright; the EXIF it drops must not be applied on top.
 */
export async function decodeHeic(input: Uint8Array): Promise<RawImage> {
  // Loaded on first use: the WASM module is large and most uploads are JPEG. A require, not
  // import(), so the CommonJS build and jest load it the same way.
  const decode = require('heic-decode') as typeof import('heic-decode');
  const { width, height, data } = await decode({ buffer: input });
  const rgba = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!isOpaque(rgba)) return { data: rgba, width, height, channels: 4 };
  return { data: dropAlpha(rgba), width, height, channels: 3 };
}

function isOpaque(rgba: Buffer): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

// An all-opaque alpha channel would only cost bytes in every derivative.
function dropAlpha(rgba: Buffer): Buffer {
  const rgb = Buffer.allocUnsafe((rgba.length / 4) * 3);
  for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) {
    rgb[o] = rgba[i];
    rgb[o + 1] = rgba[i + 1];
    rgb[o + 2] = rgba[i + 2];
  }
  return rgb;
}
