/** The few EXIF facts the pipeline acts on. */
export type ExifSummary = { orientation?: number; gpsTags: number[] };

const TAG_ORIENTATION = 0x0112;
const TAG_GPS_IFD = 0x8825;

/**
 * Reads orientation and the GPS tags present from an EXIF block (with or without the
 * `Exif\0\0` prefix that sharp's metadata() keeps). Malformed blocks yield what could be read.
 */
export function readExifSummary(exif: Uint8Array | undefined): ExifSummary {
  const summary: ExifSummary = { gpsTags: [] };
  if (!exif || exif.length < 8) return summary;
  let tiff = Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength);
  if (tiff.toString('latin1', 0, 4) === 'Exif') tiff = tiff.subarray(6);
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return summary;
  const le = order === 'II';
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));

  const entries = (ifd: number): Array<{ tag: number; at: number }> => {
    if (ifd + 2 > tiff.length) return [];
    const count = u16(ifd);
    const list = [];
    for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= tiff.length; i++) {
      const at = ifd + 2 + i * 12;
      list.push({ tag: u16(at), at });
    }
    return list;
  };

  for (const { tag, at } of entries(u32(4))) {
    if (tag === TAG_ORIENTATION) summary.orientation = u16(at + 8);
    if (tag === TAG_GPS_IFD) {
      summary.gpsTags = entries(u32(at + 8)).map((e) => e.tag);
      // An empty GPS IFD still reveals the camera had a fix attempt; count the pointer itself.
      if (summary.gpsTags.length === 0) summary.gpsTags = [TAG_GPS_IFD];
    }
  }
  return summary;
}

/** True when an XMP packet carries a location (exif:GPSLatitude and friends). */
export function xmpHasGps(xmp: Uint8Array | undefined): boolean {
  if (!xmp) return false;
  return /GPS(Latitude|Longitude|Altitude)|LocationCreated|LocationShown/.test(Buffer.from(xmp).toString('utf8'));
}
