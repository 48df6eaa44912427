import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Real camera and phone photos (CC BY-SA 4.0, see fixtures/SOURCE.md). */
export const FIXTURE_DIR = join(__dirname, '..', 'fixtures');

export const fixtureNames = (): string[] => readdirSync(FIXTURE_DIR).filter((name) => !name.endsWith('.md')).sort();

export const readFixture = (name: string): Buffer => readFileSync(join(FIXTURE_DIR, name));

/** Full-size phone photos: the ones the storage-size target is about (the orientation set is pre-shrunk). */
export const PHONE_PHOTOS = ['hdr-iphone_hdr_YES.jpg', 'mobile-jolla.jpg', 'heic-IMG_5195.HEIC'];

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
