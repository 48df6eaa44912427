import sharp from 'sharp';
import { readExifSummary, xmpHasGps } from './exif-tags';
import { readFixture } from './image.fixtures';

const exifOf = async (name: string) => (await sharp(readFixture(name)).metadata()).exif;

describe('readExifSummary', () => {
  test('finds the GPS tags of a camera photo', async () => {
    const summary = readExifSummary(await exifOf('gps-DSCN0010.jpg'));
    expect(summary.orientation).toBe(1);
    // GPSLatitude (2) and GPSLongitude (4) are the ones that locate a child's home.
    expect(summary.gpsTags).toEqual(expect.arrayContaining([2, 4]));
  });

  test('reads orientation from a big-endian or little-endian block', async () => {
    for (const n of [3, 6, 8]) {
      expect(readExifSummary(await exifOf(`orientation-portrait_${n}.jpg`)).orientation).toBe(n);
    }
  });

  test('tolerates missing and malformed blocks', () => {
    expect(readExifSummary(undefined)).toEqual({ gpsTags: [] });
    expect(readExifSummary(Buffer.from('Exif\0\0garbage!'))).toEqual({ gpsTags: [] });
    expect(readExifSummary(Buffer.from('Exif\0\0MM\0*\0\0\xff\xff', 'latin1'))).toEqual({ gpsTags: [] });
  });
});

describe('xmpHasGps', () => {
  test('spots a location in XMP', () => {
    expect(xmpHasGps(Buffer.from('<rdf:Description exif:GPSLatitude="51,30.0N"/>'))).toBe(true);
    expect(xmpHasGps(Buffer.from('<rdf:Description xmp:CreatorTool="14.4.2"/>'))).toBe(false);
    expect(xmpHasGps(undefined)).toBe(false);
  });
});
