// Benchmark, not a test: converts every fixture photo N times and prints stored size vs. upload.
// Run after building the package:
//   pnpm --filter @portal/images build && node bench/images.mjs [runs=3]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { convertPhoto, IMAGE_LIMITS } = require('../packages/images/dist/index.js');

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'images', 'fixtures');
// The full-size phone photos the 10% storage target is about; the orientation set is pre-shrunk.
const PHONE_PHOTOS = new Set(['hdr-iphone_hdr_YES.jpg', 'mobile-jolla.jpg', 'heic-IMG_5195.HEIC']);
const runs = Math.max(1, Number(process.argv[2] ?? 3));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
const pct = (ratio) => `${(ratio * 100).toFixed(1)}%`.padStart(7);

console.log(`display ≤${IMAGE_LIMITS.display.maxEdge}px q${IMAGE_LIMITS.display.quality}, thumbnail ≤${IMAGE_LIMITS.thumbnail.maxEdge}px q${IMAGE_LIMITS.thumbnail.quality}; ${runs} run(s) each, median time`);
console.log(`${'photo'.padEnd(30)} ${'input'.padStart(10)} ${'display'.padStart(10)} ${'thumb'.padStart(10)}   ratio  ms/conv  size`);

const all = [];
const phone = [];
for (const name of readdirSync(fixtures).filter((n) => !n.endsWith('.md')).sort()) {
  const input = readFileSync(join(fixtures, name));
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    result = await convertPhoto(input);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const { display, thumbnail, original } = result;
  const ratio = (display.bytes + thumbnail.bytes) / input.length;
  all.push(ratio);
  if (PHONE_PHOTOS.has(name)) phone.push(ratio);
  console.log(
    `${(PHONE_PHOTOS.has(name) ? '* ' : '  ') + name.padEnd(28)} ${kb(input.length)} ${kb(display.bytes)} ${kb(thumbnail.bytes)} ${pct(ratio)} ${median(times).toFixed(0).padStart(8)}  ${original.width}×${original.height} → ${display.width}×${display.height}`,
  );
}
console.log(`\nmedian ratio, phone photos (*): ${pct(median(phone)).trim()}   (target ≤ 10%)`);
console.log(`median ratio, all fixtures:     ${pct(median(all)).trim()}`);
