/** Limits and encoder settings for every photo the portal stores; one place so the queue worker and the API agree. */
export const IMAGE_LIMITS = {
  /** Refuse decompression bombs: a 100 MP photo is already larger than any phone or scanner produces. */
  maxInputPixels: 100_000_000,
  /** Uploads above this are refused before decoding (phone photos are 2–15 MB; A4 scans at 600 dpi up to ~60 MB). */
  maxInputBytes: 80 * 1024 * 1024,
  // Tuned with bench/images.mjs so stored bytes stay ≤10% of phone uploads (median 9.4%): 1280 px WebP
  // at q70 with the encoder's most thorough effort fills a phone or laptop feed; 1600 px q80 was 16%.
  display: { maxEdge: 1280, quality: 70, effort: 6 },
  thumbnail: { maxEdge: 400, quality: 60, effort: 6 },
  /** A child's letter is a few pages; more is a wrong file (or a PDF made to exhaust the worker). */
  maxPdfPages: 50,
  /** The first page of a scan renders in ~1 s here; a page that takes far longer is hostile or broken. */
  pdfRenderTimeoutMs: 30_000,
  /** Heap of the PDF renderer's worker thread. */
  pdfRenderMemoryMb: 512,
} as const;

export type DerivativeSettings = { maxEdge: number; quality: number; effort: number };
