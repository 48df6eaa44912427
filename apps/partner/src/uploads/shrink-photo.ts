/** Photos are sent at most this large: enough for the 1280 px display image, and a fraction of a phone photo's bytes. */
export const MAX_EDGE = 2560;

// Only what the browser decodes everywhere; HEIC, TIFF and PDF go as they are and the server converts them.
const SHRINKABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * Scales a photo down in the browser so that its longer edge is at most MAX_EDGE, turned upright
 * from its EXIF orientation. Returns the file itself when it is small enough, not a shrinkable
 * type, cannot be decoded here (the server then reports why), or would not get smaller.
 */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  if (!SHRINKABLE.has(file.type)) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  try {
    const scale = MAX_EDGE / Math.max(bitmap.width, bitmap.height);
    if (scale >= 1) return file;
    const width = Math.round(bitmap.width * scale);
    const height = Math.round(bitmap.height * scale);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const type = file.type === 'image/png' ? 'image/png' : file.type;
    const shrunk = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.9));
    return shrunk && shrunk.size < file.size ? shrunk : file;
  } finally {
    bitmap.close();
  }
}
