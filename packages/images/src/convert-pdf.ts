import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EncryptedPDFError, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { convertPhoto, encodeDerivative, type ConvertedPhoto } from './convert-photo';
import { IMAGE_LIMITS } from './image-limits';
import { decodeError } from './inspect-image';
import { UnsupportedMediaError } from './media-errors';
import { stripJpegMetadata } from './jpeg-segments';
import { sniffFormat } from './sniff-format';

/** The letter as sponsors may download it: every page, without document metadata, scripts, forms or attachments. */
export type PdfDerivative = { data: Buffer; format: 'pdf'; bytes: number; pageCount: number };

/** A scanned letter: the cleaned PDF plus its first page as the usual display and thumbnail WebPs. */
export type ConvertedPdf = Omit<ConvertedPhoto, 'original'> & {
  document: PdfDerivative;
  original: { width: number; height: number; format: 'pdf'; bytes: number; orientation: 1; hadGps: boolean; pageCount: number };
};

export type ConvertPdfOptions = { renderTimeoutMs?: number };

// Catalog entries a letter does not need and that can carry data or behaviour: metadata, scripts, forms,
// attachments, outlines, actions. Pages are copied into a fresh document, which keeps none of them.
const PAGE_KEYS_TO_DROP = ['Metadata', 'PieceInfo', 'Annots', 'AA', 'Thumb', 'B'];

/**
 * Validates an uploaded PDF (it must parse and its first page must render), writes a clean copy without
 * any metadata (document info, XMP, EXIF of embedded JPEGs) and renders page 1 to display + thumbnail WebPs
 * so staff can check it and sponsors see a preview. The renderer runs in a worker thread with a memory
 * limit and a timeout, so a hostile PDF cannot take the process down.
 */
export async function convertPdf(input: Uint8Array, options: ConvertPdfOptions = {}): Promise<ConvertedPdf> {
  if (input.length > IMAGE_LIMITS.maxInputBytes) {
    throw new UnsupportedMediaError('too-large', `This file is ${Math.round(input.length / 1048576)} MB; the limit is ${IMAGE_LIMITS.maxInputBytes / 1048576} MB.`);
  }
  const sniffed = sniffFormat(input);
  if (!sniffed.supported || sniffed.format !== 'pdf') throw new UnsupportedMediaError('unsupported-format', 'This file is not a PDF.');

  const { data, pageCount, hadGps } = await cleanPdf(input);
  const page = await renderFirstPage(data, IMAGE_LIMITS.display.maxEdge, options.renderTimeoutMs ?? IMAGE_LIMITS.pdfRenderTimeoutMs);
  const pixels = { data: page.rgba, info: { width: page.width, height: page.height, channels: 4 as const } };
  const [display, thumbnail] = await Promise.all([
    encodeDerivative(pixels, IMAGE_LIMITS.display),
    encodeDerivative(pixels, IMAGE_LIMITS.thumbnail),
  ]);
  return {
    display,
    thumbnail,
    document: { data, format: 'pdf', bytes: data.length, pageCount },
    original: { width: page.width, height: page.height, format: 'pdf', bytes: input.length, orientation: 1, hadGps, pageCount },
  };
}

/** Copies the pages into a new document without the source's metadata; refuses what is not a readable PDF. */
export async function cleanPdf(input: Uint8Array): Promise<{ data: Buffer; pageCount: number; hadGps: boolean }> {
  try {
    return await copyWithoutMetadata(input);
  } catch (error) {
    // pdf-lib reads damaged files leniently and may fail later with a TypeError: still the file's fault.
    throw error instanceof UnsupportedMediaError ? error : decodeError('pdf', error);
  }
}

async function copyWithoutMetadata(input: Uint8Array): Promise<{ data: Buffer; pageCount: number; hadGps: boolean }> {
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(input, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    if (error instanceof EncryptedPDFError) {
      throw new UnsupportedMediaError('undecodable', 'This PDF is protected with a password; save it without protection and upload it again.', { cause: error });
    }
    throw decodeError('pdf', error);
  }
  const pageCount = source.getPageCount();
  if (pageCount === 0) throw decodeError('pdf', new Error('no pages'));
  if (pageCount > IMAGE_LIMITS.maxPdfPages) {
    throw new UnsupportedMediaError('too-large', `This PDF has ${pageCount} pages; a letter may have at most ${IMAGE_LIMITS.maxPdfPages}.`);
  }

  const out = await PDFDocument.create({ updateMetadata: false });
  const pages = await out.copyPages(source, source.getPageIndices());
  for (const page of pages) {
    for (const key of PAGE_KEYS_TO_DROP) page.node.delete(PDFName.of(key));
    out.addPage(page);
  }
  let hadGps = false;
  // Images and other streams may carry their own XMP; embedded JPEGs keep the camera's EXIF (GPS included).
  for (const [ref, object] of out.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : null;
    if (!dict) continue;
    dict.delete(PDFName.of('Metadata'));
    dict.delete(PDFName.of('PieceInfo'));
    if (object instanceof PDFRawStream && dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode')) {
      const stripped = stripJpegMetadata(object.contents);
      if (stripped.hadGps) hadGps = true;
      if (stripped.data !== object.contents) {
        dict.set(PDFName.of('Length'), out.context.obj(stripped.data.length));
        out.context.assign(ref as PDFRef, PDFRawStream.of(dict, stripped.data));
      }
    }
  }
  const data = Buffer.from(await out.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false }));
  return { data, pageCount, hadGps };
}

type RenderedPage = { width: number; height: number; pageCount: number; rgba: Uint8Array };
type WorkerReply = ({ ok: true } & RenderedPage) | { ok: false; message: string };

// Next to this file in src (tests) and, copied by the build, in dist.
const WORKER_FILE = join(__dirname, 'pdf-render.worker.mjs');

/** pdf.js in a worker thread: first page at `maxEdge` px on its long side, as RGBA pixels. */
export function renderFirstPage(pdf: Uint8Array, maxEdge: number, timeoutMs: number): Promise<RenderedPage> {
  if (!existsSync(WORKER_FILE)) return Promise.reject(new Error(`PDF renderer missing at ${WORKER_FILE}; rebuild @portal/images`));
  return new Promise((resolve, reject) => {
    const data = new Uint8Array(pdf);
    const worker = new Worker(WORKER_FILE, {
      workerData: { data, maxEdge },
      transferList: [data.buffer],
      resourceLimits: { maxOldGenerationSizeMb: IMAGE_LIMITS.pdfRenderMemoryMb },
    });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(decodeError('pdf', new Error(`rendering took longer than ${timeoutMs} ms`)))), timeoutMs);
    worker.once('message', (reply: WorkerReply) => finish(() => (reply.ok ? resolve(reply) : reject(decodeError('pdf', new Error(reply.message))))));
    worker.once('error', (error) => finish(() => reject(decodeError('pdf', error))));
    worker.once('exit', (code) => finish(() => reject(decodeError('pdf', new Error(`renderer exited with code ${code}`)))));
  });
}

/** What the media job stores for any accepted upload: a PDF also keeps its cleaned document. */
export type ConvertedMedia = ConvertedPhoto & { document: PdfDerivative | null };

/** Converts a photo or a PDF letter by its content (the file name is never trusted). */
export async function convertMedia(input: Uint8Array): Promise<ConvertedMedia> {
  const sniffed = sniffFormat(input);
  if (sniffed.supported && sniffed.format === 'pdf') return convertPdf(input);
  return { ...(await convertPhoto(input)), document: null };
}
