/** Chunk ids of a WebP (RIFF) file, in order. */
export function listWebpChunks(webp: Uint8Array): string[] {
  const buf = Buffer.from(webp.buffer, webp.byteOffset, webp.byteLength);
  if (buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WEBP') {
    throw new Error('not a WebP file');
  }
  const chunks: string[] = [];
  for (let at = 12; at + 8 <= buf.length; ) {
    chunks.push(buf.toString('latin1', at, at + 4));
    const size = buf.readUInt32LE(at + 4);
    at += 8 + size + (size % 2);
  }
  return chunks;
}

// Only pixel data may leave the pipeline; EXIF, XMP and ICCP chunks carry metadata.
const PIXEL_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF']);

/** Throws unless the WebP holds pixel chunks only: the last line of defence against a leaked GPS tag. */
export function assertWebpHasNoMetadata(webp: Uint8Array): void {
  const extra = listWebpChunks(webp).filter((id) => !PIXEL_CHUNKS.has(id));
  if (extra.length > 0) throw new Error(`WebP output carries metadata chunks: ${extra.join(', ')}`);
}
