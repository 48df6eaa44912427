import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { ZipFile } from 'yazl';
import type { Logger } from '@portal/logger';
import type { ObjectStorage } from '@portal/storage';
import type { Viewer } from '../../auth/viewer';
import { scopedQuery } from '../../data/scoped-query';
import { Child } from '../children/child.entity';
import { LetterAttachment, LetterAttachmentKind } from '../letters/letter-photo.entity';
import { LetterDirection } from '../letters/letter-state';
import type { Letter } from '../letters/letter.entity';
import { NotificationType } from '../notifications/notification.entity';
import { notificationTexts } from '@portal/mail';
import { notify } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { ArchiveStatus, PersonalArchive } from './document.entity';

export interface ArchiveDeps {
  dataSource: DataSource;
  storage: ObjectStorage;
  log: Logger;
  notifySettings: { baseUrl: string; emailDelayMs?: number };
}

const day = (d: Date | null | undefined): string => (d ? d.toISOString().slice(0, 10) : 'undated');
/** A file-name-safe version of a person's name or title. */
const safe = (s: string): string => s.normalize('NFC').replace(/[^\p{L}\p{N} ._-]+/gu, '_').trim().slice(0, 60) || 'file';
const EXT: Record<string, string> = { 'image/webp': 'webp', 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/** The letter as plain text: who wrote to whom, when, and the body. */
export function letterText(letter: Letter, childName: string, sponsorName: string): string {
  const toChild = letter.direction === LetterDirection.SPONSOR_TO_CHILD;
  return [
    `${toChild ? 'From' : 'From'}: ${toChild ? sponsorName : childName}`,
    `To: ${toChild ? childName : sponsorName}`,
    `Date: ${day(letter.submittedAt ?? letter.createdAt)}`,
    `Status: ${letter.status}`,
    '',
    letter.body,
    '',
  ].join('\n');
}

/**
 * Builds one sponsor's archive: their letters (both directions, as text, with their photo files)
 * and the released photos of their children, read through the sponsor's own row scope so nothing
 * they could not see enters the ZIP. The ZIP is streamed into storage file by file (yazl opens each
 * file only when it is written), so memory stays flat whatever the size.
 */
export async function buildPersonalArchive(deps: ArchiveDeps, archiveId: string, options: { includePhotos: boolean } = { includePhotos: true }): Promise<void> {
  const { dataSource, storage } = deps;
  const archive = await dataSource.manager.findOneBy(PersonalArchive, { id: archiveId });
  if (!archive || archive.status === ArchiveStatus.READY) return;
  await dataSource.manager.update(PersonalArchive, archive.id, { status: ArchiveStatus.BUILDING, error: null });
  const user = await dataSource.manager.findOneByOrFail(User, { id: archive.userId });
  const viewer: Viewer = { kind: 'person', userId: user.id, role: user.role, accountId: user.accountId, partnerOrganizationId: user.partnerOrganizationId, isAccountAdmin: false, scopes: [] };
  const db = dataSource.manager;
  const lq = scopedQuery(db, viewer, 'Letter');
  const letters = await lq.andWhere(`${lq.alias}.status <> 'DRAFT'`).orderBy(`${lq.alias}.created_at`, 'ASC').addOrderBy(`${lq.alias}.id`, 'ASC').getMany();
  const mq = scopedQuery(db, viewer, 'Media');
  const photos = !options.includePhotos ? [] : await mq.andWhere(`${mq.alias}.child_id IS NOT NULL`).orderBy(`${mq.alias}.approved_at`, 'ASC').addOrderBy(`${mq.alias}.id`, 'ASC').getMany();
  const childIds = [...new Set([...letters.map((l) => l.childId), ...photos.map((p) => p.childId!)])];
  const children = childIds.length ? await db.findBy(Child, childIds.map((id) => ({ id }))) : [];
  const childName = new Map(children.map((c) => [c.id, safe(c.firstName)]));
  const attachments = letters.length ? await db.createQueryBuilder(LetterAttachment, 'la').where('la.letter_id IN (:...ids)', { ids: letters.map((l) => l.id) }).orderBy('la.created_at', 'ASC').getMany() : [];

  const zip = new ZipFile();
  const lazy = (key: string, path: string) =>
    zip.addReadStreamLazy(path, { compress: false }, (cb) => storage.getObject(key).then((s: Readable) => cb(null, s), (e: Error) => cb(e, null as unknown as Readable)));
  let files = 0;
  for (const letter of letters) {
    const child = childName.get(letter.childId) ?? 'child';
    const base = `letters/${child}/${day(letter.submittedAt ?? letter.createdAt)} ${letter.direction === LetterDirection.SPONSOR_TO_CHILD ? 'to' : 'from'} ${child} ${letter.id.slice(0, 8)}`;
    zip.addBuffer(Buffer.from(letterText(letter, child, user.firstName), 'utf8'), `${base}.txt`);
    const own = attachments.filter((a) => a.letterId === letter.id);
    own.filter((a) => a.kind === LetterAttachmentKind.PHOTO).forEach((a, i) => {
      lazy(a.storageKey, `${base} photo ${i + 1}.${EXT[a.contentType] ?? 'bin'}`);
      files += 1;
    });
    // A child's scanned letter: every page when it came as a PDF, else the (metadata-free) image; nothing while converting.
    for (const scan of own.filter((a) => a.kind === LetterAttachmentKind.SCAN && a.width !== null)) {
      if (scan.documentKey) lazy(scan.documentKey, `${base} letter.pdf`);
      else lazy(scan.storageKey, `${base} scan.${EXT[scan.contentType] ?? 'bin'}`);
      files += 1;
    }
  }
  for (const photo of photos) {
    lazy(photo.displayKey, `photos/${childName.get(photo.childId!) ?? 'child'}/${day(photo.approvedAt)} ${photo.id.slice(0, 8)}.webp`);
    files += 1;
  }
  zip.end();
  const key = `archives/${user.id}/${archive.id}.zip`;
  await storage.putObject(key, zip.outputStream as Readable, { contentType: 'application/zip' });
  const stat = await storage.statObject(key);
  await dataSource.transaction(async (em) => {
    await em.update(PersonalArchive, archive.id, { status: ArchiveStatus.READY, objectKey: key, byteSize: stat?.size ?? null, letterCount: letters.length, fileCount: files, readyAt: new Date() });
    await notify(em, {
      recipientId: user.id,
      type: NotificationType.ARCHIVE_READY,
      text: (locale) => notificationTexts(locale, 'archiveReady'),
      params: { letters: letters.length, files },
      itemRoute: '/sponsor/documents',
      itemId: archive.globalId,
      ...deps.notifySettings,
    });
  });
  deps.log.info({ archiveId, letters: letters.length, files, bytes: stat?.size }, 'personal archive built');
}

/** Marks an archive whose job failed for good, so the sponsor can ask again. */
export async function markArchiveFailed(dataSource: DataSource, archiveId: string, message: string): Promise<void> {
  await dataSource.manager.update(PersonalArchive, { id: archiveId, status: ArchiveStatus.BUILDING }, { status: ArchiveStatus.FAILED, error: message.slice(0, 500) });
  await dataSource.manager.update(PersonalArchive, { id: archiveId, status: ArchiveStatus.QUEUED }, { status: ArchiveStatus.FAILED, error: message.slice(0, 500) });
}
