import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../graphql/context';
import { isPartner, isSponsor, isStaff } from '../../auth/viewer';
import { scopedQuery } from '../../data/scoped-query';
import { LetterDirection, LetterStatus } from '../letters/letter-state';
import { MediaStatus, UploadStatus } from '../media/media.entity';
import { Dashboard, DashboardTileKind as K, orderTiles, tile } from './dashboard.types';
import { requestCounts } from './requests-hook';

const NEW_PHOTO_DAYS = 30;

type Counted = { count: number; oldestAt: Date | null };

/** COUNT and MIN(column) of a scoped query in one round trip. */
async function countOldest<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string | null): Promise<Counted> {
  const row = await qb
    .select('COUNT(*)', 'count')
    .addSelect(column ? `MIN(${qb.alias}.${column})` : 'NULL', 'oldest')
    .getRawOne<{ count: string; oldest: Date | string | null }>();
  return { count: Number(row?.count ?? 0), oldestAt: row?.oldest ? new Date(row.oldest) : null };
}

async function countSql(ctx: Context, sql: string): Promise<Counted> {
  const [row]: Array<{ count: string; oldest: Date | null }> = await ctx.db.query(sql);
  return { count: Number(row.count), oldestAt: row.oldest ? new Date(row.oldest) : null };
}

/** The viewer's home, by role; every count goes through the viewer's row scope. */
export async function myDashboard(ctx: Context): Promise<Dashboard> {
  const v = ctx.viewer;
  const tiles = isStaff(v) ? await staffTiles(ctx) : isPartner(v) ? await partnerTiles(ctx) : isSponsor(v) ? await sponsorTiles(ctx) : [];
  return Object.assign(new Dashboard(), { tiles: orderTiles(tiles) });
}

async function sponsorTiles(ctx: Context) {
  const letters = () => scopedQuery(ctx.db, ctx.viewer, 'Letter');
  const [fromChildren, photos, waiting, requests] = await Promise.all([
    countOldest(letters().andWhere('letter.direction = :d AND letter.first_read_at IS NULL', { d: LetterDirection.CHILD_TO_SPONSOR }), 'approved_at'),
    countOldest(scopedQuery(ctx.db, ctx.viewer, 'Media').andWhere(`media.status = :s AND media.approved_at > now() - interval '${NEW_PHOTO_DAYS} days'`, { s: MediaStatus.APPROVED }), 'approved_at'),
    // Drafts not sent yet and letters sent back for a change: only the sponsor can move them.
    countOldest(letters().andWhere('letter.direction = :d AND letter.status IN (:...st)', { d: LetterDirection.SPONSOR_TO_CHILD, st: [LetterStatus.DRAFT, LetterStatus.CHANGES_REQUESTED] }), 'updated_at'),
    requestCounts.waitingForViewer(ctx),
  ]);
  return [
    tile(K.LETTERS_WAITING_FOR_ME, '/sponsor/letters', true, waiting.count, waiting.oldestAt),
    tile(K.REQUESTS_WAITING_FOR_ME, '/sponsor/requests', true, requests.count, requests.oldestAt),
    tile(K.NEW_LETTERS_FROM_CHILDREN, '/sponsor/letters', false, fromChildren.count, fromChildren.oldestAt),
    tile(K.NEW_PHOTOS, '/sponsor/news', false, photos.count, photos.oldestAt),
  ];
}

async function partnerTiles(ctx: Context) {
  const s2c = () => scopedQuery(ctx.db, ctx.viewer, 'Letter').andWhere('letter.direction = :d', { d: LetterDirection.SPONSOR_TO_CHILD });
  const [toPrint, toDeliver, uploads, requests] = await Promise.all([
    countOldest(s2c().andWhere('letter.status = :s', { s: LetterStatus.APPROVED }), 'approved_at'),
    countOldest(s2c().andWhere('letter.status = :s', { s: LetterStatus.PRINTED }), 'printed_at'),
    countOldest(scopedQuery(ctx.db, ctx.viewer, 'Upload').andWhere('upload.status IN (:...s)', { s: [UploadStatus.NEEDS_ATTENTION, UploadStatus.FAILED] }), 'created_at'),
    requestCounts.openForPartner(ctx),
  ]);
  return [
    tile(K.LETTERS_TO_PRINT, '/partner/letters', true, toPrint.count, toPrint.oldestAt),
    tile(K.LETTERS_TO_DELIVER, '/partner/letters', true, toDeliver.count, toDeliver.oldestAt),
    tile(K.UPLOADS_NEEDING_ATTENTION, '/partner/uploads', true, uploads.count, uploads.oldestAt),
    tile(K.OPEN_REQUESTS, '/partner/requests', true, requests.count, requests.oldestAt),
  ];
}

async function staffTiles(ctx: Context) {
  const [letters, photos, documents, overdue, dead, parked, conflicts, mail] = await Promise.all([
    countOldest(scopedQuery(ctx.db, ctx.viewer, 'Letter').andWhere('letter.status = :s', { s: LetterStatus.SUBMITTED }), 'submitted_at'),
    countOldest(scopedQuery(ctx.db, ctx.viewer, 'Media').andWhere('media.status = :s', { s: MediaStatus.PENDING_REVIEW }), 'submitted_at'),
    countOldest(scopedQuery(ctx.db, ctx.viewer, 'Document').andWhere("doc.status = 'PENDING_REVIEW'"), 'updated_at'),
    requestCounts.overdue(ctx),
    countSql(ctx, `SELECT COUNT(*) AS count, MIN(created_at) AS oldest FROM sync_outbox WHERE status = 'DEAD'`),
    countSql(ctx, `SELECT COUNT(*) AS count, MIN(created_at) AS oldest FROM sync_parked`),
    // Conflicts are resolved automatically; staff check the last week's for surprises.
    countSql(ctx, `SELECT COUNT(*) AS count, MIN(created_at) AS oldest FROM sync_conflict WHERE created_at > now() - interval '7 days'`),
    countSql(ctx, `SELECT COUNT(*) AS count, MIN(created_at) AS oldest FROM mail_outbox WHERE status = 'FAILED'`),
  ]);
  return [
    tile(K.LETTERS_TO_REVIEW, '/admin/letters', true, letters.count, letters.oldestAt),
    tile(K.PHOTOS_TO_REVIEW, '/admin/photos', true, photos.count, photos.oldestAt),
    tile(K.DOCUMENTS_TO_REVIEW, '/admin/documents', true, documents.count, documents.oldestAt),
    tile(K.OVERDUE_REQUESTS, '/admin/requests', true, overdue.count, overdue.oldestAt),
    tile(K.SYNC_DEAD_CHANGES, '/admin/sync', true, dead.count, dead.oldestAt),
    tile(K.SYNC_PARKED_RECORDS, '/admin/sync', true, parked.count, parked.oldestAt),
    tile(K.MAIL_FAILED, '/admin/mail', true, mail.count, mail.oldestAt),
    tile(K.SYNC_CONFLICTS, '/admin/sync', false, conflicts.count, conflicts.oldestAt),
  ];
}
