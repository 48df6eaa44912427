// Renders the first page of a PDF to RGBA pixels with pdf.js (Apache-2.0) on @napi-rs/canvas (MIT).
// Runs in a worker thread: pdf.js is ESM-only (the API and its tests are CommonJS), and a hostile or huge
// PDF is confined to this thread's memory limit and killed by the caller's timeout.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const { getDocument } = await import(join(pdfjsRoot, 'legacy/build/pdf.mjs'));

/** @param {{ data: Uint8Array; maxEdge: number }} input */
async function renderFirstPage({ data, maxEdge }) {
  const task = getDocument({
    data,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts/'),
    cMapUrl: join(pdfjsRoot, 'cmaps/'),
    cMapPacked: true,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(1);
    const unit = page.getViewport({ scale: 1 });
    const scale = maxEdge / Math.max(unit.width, unit.height);
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    const { canvas, context } = doc.canvasFactory.create(width, height);
    // Paper is white; pdf.js leaves what a page does not paint transparent.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const pixels = context.getImageData(0, 0, width, height).data;
    return { width, height, pageCount: doc.numPages, rgba: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength) };
  } finally {
    await doc.destroy();
  }
}

try {
  const result = await renderFirstPage(workerData);
  parentPort.postMessage({ ok: true, ...result }, [result.rgba.buffer]);
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
