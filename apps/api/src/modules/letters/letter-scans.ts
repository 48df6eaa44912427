import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import sharp from 'sharp';
import type { DataSource, EntityManager } from 'typeorm';
import { PDFDocument } from 'pdf-lib';
import type { ConvertedMedia } from '@portal/images';
import type { ObjectStorage } from '@portal/storage';
import type { Context } from '../../graphql/context';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { isPartner } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { Upload, UploadPurpose, UploadStatus } from '../media/media.entity';
import { readAll } from '../media/media-storage';
import { LetterAttachment, LetterAttachmentKind } from './letter-photo.entity';
import type { Letter } from './letter.entity';

/** Where a scan's derivatives live: by upload, so the job and the reply can be recorded in either order. */
export const scanKeys = (uploadId: string) => ({
  display: `letters/scans/${uploadId}/display.webp`,
  thumbnail: `letters/scans/${uploadId}/thumbnail.webp`,
  /** A PDF scan kept whole (all pages, metadata removed by packages/images); images have none. */
  document: `letters/scans/${uploadId}/letter.pdf`,
});

const STORED_REASON = 'Stored as the scan of a letter.';

/**
 * The media job's hook for a LETTER_SCAN upload, after conversion (EXIF and all metadata gone): stores
 * the display and thumbnail WebPs (and a PDF's cleaned document, every page) and completes the letter's
 * attachment, if the reply is recorded already. All files are written before the upload row is updated:
 * that row is the lock `attachScan` takes, so neither side misses the other.
 */
export async function storeLetterScan(
  deps: { dataSource: DataSource; storage: ObjectStorage },
  upload: Upload,
  converted: Pick<ConvertedMedia, 'display' | 'thumbnail' | 'document'>,
  contentHash: string,
): Promise<void> {
  const keys = scanKeys(upload.id);
  const { document } = converted;
  await deps.storage.putObject(keys.display, converted.display.data, { contentType: 'image/webp', size: converted.display.data.length });
  await deps.storage.putObject(keys.thumbnail, converted.thumbnail.data, { contentType: 'image/webp', size: converted.thumbnail.data.length });
  if (document) await deps.storage.putObject(keys.document, document.data, { contentType: 'application/pdf', size: document.bytes });
  await deps.dataSource.transaction(async (em) => {
    await em.update(Upload, upload.id, { status: UploadStatus.MATCHED, reason: STORED_REASON, contentHash, processedAt: new Date() });
    await em.update(LetterAttachment, { uploadId: upload.id }, {
      width: converted.display.width, height: converted.display.height, byteSize: converted.display.data.length,
      documentKey: document ? keys.document : null, pageCount: document?.pageCount ?? null,
    });
  });
}

type StoredScan = Pick<LetterAttachment, 'width' | 'height' | 'byteSize' | 'documentKey' | 'pageCount'>;

/**
 * What the job stored for a scan processed before its reply was recorded: the display's dimensions, and
 * the kept PDF with its page count (read with pdf-lib, which parses without rendering) when it was a PDF.
 */
async function storedScan(storage: ObjectStorage, uploadId: string): Promise<StoredScan> {
  const keys = scanKeys(uploadId);
  const bytes = await readAll(await storage.getObject(keys.display));
  const meta = await sharp(bytes).metadata();
  const dims = { width: meta.width ?? 0, height: meta.height ?? 0, byteSize: bytes.length };
  if (!(await storage.statObject(keys.document))) return { ...dims, documentKey: null, pageCount: null };
  const pdf = await PDFDocument.load(await readAll(await storage.getObject(keys.document)), { updateMetadata: false });
  return { ...dims, documentKey: keys.document, pageCount: pdf.getPageCount() };
}

const SCAN_USABLE = new Set([UploadStatus.AWAITING_FILE, UploadStatus.QUEUED, UploadStatus.MATCHED]);

/** Checks that an upload is the partner's own letter scan, not refused and not attached elsewhere; its ID or an error. */
export async function checkScanUpload(ctx: Context, globalId: string): Promise<{ uploadId: string } | UserError> {
  const field = ['input', 'scanUploadId'];
  const id = fromGlobalIdOfType(globalId, 'Upload');
  const upload = id ? await ctx.loaders.byId.Upload.load(id) : null;
  if (!upload || !isPartner(ctx.viewer) || upload.partnerOrganizationId !== ctx.viewer.partnerOrganizationId) return userError(UserErrorCode.INVALID, 'No such upload.', field);
  if (upload.purpose !== UploadPurpose.LETTER_SCAN) return userError(UserErrorCode.INVALID, 'This upload is a photo, not the scan of a letter: upload the scan with purpose LETTER_SCAN.', field);
  if (!SCAN_USABLE.has(upload.status)) return userError(UserErrorCode.INVALID, `This scan cannot be used: ${upload.reason ?? 'it was refused'}`, field);
  const taken = await ctx.db.getRepository(LetterAttachment).existsBy({ uploadId: upload.id });
  if (taken) return userError(UserErrorCode.ALREADY_EXISTS, 'This scan is already attached to another reply.', field);
  return { uploadId: upload.id };
}

/**
 * Attaches a scan to a reply inside the reply's transaction. The upload row is locked first, so a job
 * finishing meanwhile either waits (and then completes the attachment) or has finished (and its
 * stored files give the dimensions, and a PDF's document and page count, here).
 */
export async function attachScan(em: EntityManager, storage: ObjectStorage, letterId: string, uploadId: string): Promise<void> {
  const upload = await em.createQueryBuilder(Upload, 'u').setLock('pessimistic_write').where('u.id = :id', { id: uploadId }).getOneOrFail();
  const stored = upload.status === UploadStatus.MATCHED ? await storedScan(storage, uploadId) : { width: null, height: null, byteSize: null, documentKey: null, pageCount: null };
  const keys = scanKeys(uploadId);
  await em.insert(LetterAttachment, {
    id: randomUUID(), letterId, kind: LetterAttachmentKind.SCAN, uploadId, storageKey: keys.display, thumbnailKey: keys.thumbnail, contentType: 'image/webp', ...stored,
  } as never);
}

const scanLoaders = new WeakMap<Context, DataLoader<string, LetterAttachment | null>>();

/** The scan attached to a letter, batched per request (the letter was read through the viewer's scope). */
export function scanOf(ctx: Context, letterId: string): Promise<LetterAttachment | null> {
  let loader = scanLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.db.getRepository(LetterAttachment).createQueryBuilder('a')
        .where('a.letter_id IN (:...ids) AND a.kind = :scan', { ids: [...ids], scan: LetterAttachmentKind.SCAN }).getMany();
      return ids.map((id) => rows.find((r) => r.letterId === id) ?? null);
    });
    scanLoaders.set(ctx, loader);
  }
  return loader.load(letterId);
}

/** A reply whose scan is still being processed (or was refused) cannot be released: the sponsor would get nothing to read. */
export async function scanBlocksRelease(ctx: Context, letter: Letter, field: string[]): Promise<UserError | null> {
  const scan = await scanOf(ctx, letter.id);
  if (!scan || scan.width !== null) return null;
  return userError(UserErrorCode.NOT_ALLOWED, 'The scan of this reply is not processed yet (or could not be): release it once the scan shows, or send it back.', field);
}

export const SCAN_VIEWED = 'letter.scan_viewed';
export const SCAN_DOWNLOADED = 'letter.scan_downloaded';
const audited = new WeakMap<Context, Set<string>>();

/** Audits the handing-out of a scan's signed URL, once per request, letter and kind of access. */
export async function auditScanAccess(ctx: Context, letter: Letter, action: typeof SCAN_VIEWED | typeof SCAN_DOWNLOADED): Promise<void> {
  let seen = audited.get(ctx);
  if (!seen) audited.set(ctx, (seen = new Set()));
  const key = `${action}:${letter.id}`;
  if (seen.has(key)) return;
  seen.add(key);
  await audit(ctx, { action, targetType: 'Letter', targetId: letter.id, details: { childId: letter.childId } });
}
