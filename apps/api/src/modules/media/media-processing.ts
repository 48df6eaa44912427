import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { In, IsNull, LessThan, Not } from 'typeorm';
import type { Logger } from '@portal/logger';
import type { ObjectStorage } from '@portal/storage';
import { convertMedia, UnsupportedMediaError } from '@portal/images';
import { createMatcher } from '@portal/file-matcher';
import type { Viewer } from '../../auth/viewer';
import { scopedQuery } from '../../data/scoped-query';
import { Role } from '../users/user.entity';
import { Media, MediaStatus, Upload, UploadPurpose, UploadStatus } from './media.entity';
import { storeLetterScan } from '../letters/letter-scans';
import { readAll } from './media-storage';

export interface ProcessingDeps {
  dataSource: DataSource;
  storage: ObjectStorage;
  log: Logger;
}

/** The worker reads as the uploading organization would, so matching only ever sees its own children. */
const partnerViewer = (partnerOrganizationId: string, userId: string): Viewer => ({
  kind: 'person', userId, role: Role.PARTNER, partnerOrganizationId, accountId: null, isAccountAdmin: false, scopes: [],
});

/**
 * Processes one uploaded file: hash (duplicates are flagged and not stored twice), inspect and convert
 * (a refused file fails alone, with a message for the uploader), match to one of the partner's own
 * children, store display + thumbnail under media/<id>/ and record the Media. Runs only in the worker.
 */
export async function processUpload(deps: ProcessingDeps, uploadId: string): Promise<void> {
  const { dataSource: ds, storage } = deps;
  const upload = await ds.getRepository(Upload).findOneBy({ id: uploadId });
  if (!upload || upload.status !== UploadStatus.QUEUED || !upload.originalKey) return;
  const bytes = await readAll(await storage.getObject(upload.originalKey));
  const contentHash = createHash('sha256').update(bytes).digest('hex');

  const earlier = await findDuplicate(ds, upload, contentHash);
  if (earlier) {
    await storage.deleteObject(upload.originalKey);
    await ds.getRepository(Upload).update(upload.id, {
      status: UploadStatus.DUPLICATE, contentHash, duplicateOfId: earlier.id, originalKey: null, processedAt: new Date(),
      reason: `The same photo as "${earlier.fileName}", uploaded before; it was not stored again.`,
    });
    return;
  }

  let converted;
  try {
    // Photos → display + thumbnail; a PDF letter also keeps a cleaned copy to download, its page 1 as the preview.
    converted = await convertMedia(bytes);
  } catch (err) {
    if (!(err instanceof UnsupportedMediaError)) throw err;
    await ds.getRepository(Upload).update(upload.id, { status: UploadStatus.FAILED, reason: err.message, contentHash, processedAt: new Date() });
    return;
  }
  // A letter's scan is stored for its letter (letters module), not matched to a child nor reviewed as a photo.
  if (upload.purpose === UploadPurpose.LETTER_SCAN) return storeLetterScan(deps, upload, converted, contentHash);

  const children = await scopedQuery(ds.manager, partnerViewer(upload.partnerOrganizationId, upload.uploaderId), 'Child').getMany();
  const match = createMatcher(children).match({ fileName: upload.fileName, folderPath: upload.folderPath ?? undefined });
  const matched = match.status === 'MATCHED' && match.childId !== null;

  const mediaId = randomUUID();
  const displayKey = `media/${mediaId}/display.webp`;
  const thumbnailKey = `media/${mediaId}/thumbnail.webp`;
  await storage.putObject(displayKey, converted.display.data, { contentType: 'image/webp', size: converted.display.data.length });
  await storage.putObject(thumbnailKey, converted.thumbnail.data, { contentType: 'image/webp', size: converted.thumbnail.data.length });
  const { document } = converted;
  const documentKey = document ? `media/${mediaId}/letter.pdf` : null;
  if (document) await storage.putObject(documentKey!, document.data, { contentType: 'application/pdf', size: document.bytes });

  const now = new Date();
  await ds.transaction(async (em) => {
    await em.insert(Media, {
      id: mediaId,
      childId: matched ? match.childId : null,
      uploadId: upload.id,
      uploaderId: upload.uploaderId,
      partnerOrganizationId: upload.partnerOrganizationId,
      status: matched ? MediaStatus.PENDING_REVIEW : MediaStatus.NEEDS_ATTENTION,
      matchConfidence: match.confidence,
      matchReason: match.reason,
      width: converted.display.width,
      height: converted.display.height,
      displayKey,
      displayBytes: converted.display.data.length,
      thumbnailKey,
      thumbnailBytes: converted.thumbnail.data.length,
      documentKey,
      documentBytes: document?.bytes ?? null,
      pageCount: document?.pageCount ?? null,
      contentHash,
      submittedAt: now,
    });
    await em.update(Upload, upload.id, {
      status: matched ? UploadStatus.MATCHED : UploadStatus.NEEDS_ATTENTION,
      reason: match.reason,
      contentHash,
      mediaId,
      candidates: match.candidates.slice(0, 5) as never,
      processedAt: now,
    });
  });
}

/**
 * A file whose processing kept failing after every retry: FAILED with the last error, so it is never
 * lost silently; the partner sees the reason and can upload it again. Only a still-QUEUED upload changes.
 */
export async function markProcessingFailed(deps: ProcessingDeps, uploadId: string, attempts: number, lastError: string): Promise<void> {
  const reason = `Could not be processed after ${attempts} attempts (last error: ${lastError.slice(0, 300)}). Upload the file again.`;
  const result = await deps.dataSource.getRepository(Upload).update({ id: uploadId, status: UploadStatus.QUEUED }, { status: UploadStatus.FAILED, reason, processedAt: new Date() });
  if (result.affected) deps.log.warn({ uploadId, attempts, lastError }, 'upload processing failed for good');
}

/** An earlier upload of the same organization with the same bytes that was stored (or is being). */
function findDuplicate(ds: DataSource, upload: Upload, contentHash: string): Promise<Upload | null> {
  return ds.getRepository(Upload).findOne({
    where: {
      partnerOrganizationId: upload.partnerOrganizationId,
      contentHash,
      id: Not(upload.id),
      status: In([UploadStatus.MATCHED, UploadStatus.NEEDS_ATTENTION]),
    },
    order: { createdAt: 'ASC' },
  });
}

/** Deletes originals processed more than `retentionDays` ago; display and thumbnail stay. Returns how many. */
export async function deleteExpiredOriginals(deps: ProcessingDeps, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const repo = deps.dataSource.getRepository(Upload);
  const expired = await repo.find({ where: { originalKey: Not(IsNull()), processedAt: LessThan(cutoff) }, take: 500 });
  for (const upload of expired) {
    await deps.storage.deleteObject(upload.originalKey!);
    await repo.update(upload.id, { originalKey: null });
  }
  return expired.length;
}

/**
 * Gives up uploads whose file never fully arrived within `maxAgeHours` of their creation: an open multipart
 * upload is aborted so storage frees its parts (a plain PUT's partial object is deleted), and the Upload
 * becomes EXPIRED with a reason the partner sees. Conditional on the upload still waiting, so a client that
 * completes at the same moment wins or loses cleanly. Returns how many were expired.
 */
export async function expireAbandonedUploads(deps: ProcessingDeps, maxAgeHours: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeHours * 3_600_000);
  const repo = deps.dataSource.getRepository(Upload);
  const abandoned = await repo.find({ where: { status: UploadStatus.AWAITING_FILE, createdAt: LessThan(cutoff) }, order: { createdAt: 'ASC' }, take: 500 });
  let expired = 0;
  for (const upload of abandoned) {
    const result = await repo.update({ id: upload.id, status: UploadStatus.AWAITING_FILE }, {
      status: UploadStatus.EXPIRED,
      reason: `The file did not finish uploading within ${maxAgeHours} hours; upload it again.`,
      multipartUploadId: null,
      originalKey: null,
      processedAt: now,
    });
    if (!result.affected) continue;
    expired += 1;
    if (!upload.originalKey) continue;
    // Storage errors are logged, not thrown: the row is already EXPIRED, and S3 lifecycle rules
    // (AbortIncompleteMultipartUpload) are the backstop for parts a failed abort leaves behind.
    if (upload.multipartUploadId) {
      await deps.storage.abortMultipartUpload(upload.originalKey, upload.multipartUploadId).catch((err: unknown) => deps.log.warn({ err, uploadId: upload.id }, 'could not abort an abandoned multipart upload'));
    }
    await deps.storage.deleteObject(upload.originalKey).catch((err: unknown) => deps.log.warn({ err, uploadId: upload.id }, 'could not delete an abandoned upload object'));
  }
  return expired;
}
