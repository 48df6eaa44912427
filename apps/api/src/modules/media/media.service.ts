import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { isPartner, isSponsor, isStaff } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { ApprovalDecision, ApprovalSubjectType } from '../approvals/approval.entity';
import { recordApproval } from '../approvals/approval.service';
import { Media, MediaStatus } from './media.entity';
import { mediaRuntime } from './media-runtime';
import { notifyPhotoReleased } from '../notifications/photo-notifications';
import { notifySettings } from '../notifications/notifications.service';

// Not yet a member of the approvals module's enum; the column is a plain varchar.
const MEDIA_SUBJECT = ApprovalSubjectType.MEDIA;
const GET_EXPIRES_SECONDS = 5 * 60;

/** Photos waiting for review, oldest first (staff). */
export function reviewQueue(ctx: Context, args: ConnectionArgs): Promise<ConnectionResult<Media>> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Media').andWhere('media.status = :s', { s: MediaStatus.PENDING_REVIEW });
  return paginate(qb, args, 'submitted_at', (m) => m.submittedAt.toISOString(), 'ASC');
}

export async function reviewCounts(ctx: Context): Promise<Record<MediaStatus, number>> {
  const rows: Array<{ status: MediaStatus; n: string }> = await scopedQuery(ctx.db, ctx.viewer, 'Media')
    .select('media.status', 'status').addSelect('COUNT(*)', 'n').groupBy('media.status').getRawMany();
  const counts = Object.fromEntries(Object.values(MediaStatus).map((s) => [s, 0])) as Record<MediaStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** Approved photos the viewer may see (a sponsor: of the children they sponsor), newest first. */
export function feed(ctx: Context, args: ConnectionArgs & { childId?: string | null }): Promise<ConnectionResult<Media>> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Media').andWhere('media.status = :s', { s: MediaStatus.APPROVED });
  // The scope also admits photos shown with project updates; this list is of the sponsor's own children.
  if (isSponsor(ctx.viewer)) qb.andWhere('media.child_id IN (SELECT os.child_id FROM sponsorship os WHERE os.sponsor_id = :ownUserId AND os.active)', { ownUserId: ctx.viewer.userId });
  if (args.childId) qb.andWhere('media.child_id = :childId', { childId: fromGlobalIdOfType(args.childId, 'Child') ?? '00000000-0000-0000-0000-000000000000' });
  return paginate(qb, args, 'approved_at', (m) => m.approvedAt!.toISOString(), 'DESC');
}

export interface ReviewPayload {
  mediaIds: string[];
  status: MediaStatus | null;
  userErrors: UserError[];
}

/** Approves or rejects photos waiting for review; each decision is an Approval and an audit event, in one transaction. */
export async function decide(ctx: Context, globalIds: string[], decision: ApprovalDecision, reason: string | null): Promise<ReviewPayload> {
  if (decision !== ApprovalDecision.APPROVED && !reason?.trim()) {
    return { mediaIds: [], status: null, userErrors: [userError(UserErrorCode.REQUIRED, 'Say why the photo is rejected.', ['input', 'reason'])] };
  }
  if (globalIds.length === 0 || globalIds.length > 100) {
    return { mediaIds: [], status: null, userErrors: [userError(UserErrorCode.INVALID, 'Give between 1 and 100 photos.', ['input', 'mediaIds'])] };
  }
  const userErrors: UserError[] = [];
  const pending: Media[] = [];
  for (const [i, gid] of globalIds.entries()) {
    const id = fromGlobalIdOfType(gid, 'Media');
    const media = id ? await ctx.loaders.byId.Media.load(id) : null;
    if (!media) userErrors.push(userError(UserErrorCode.INVALID, 'No such photo.', ['input', 'mediaIds', String(i)]));
    else if (media.status !== MediaStatus.PENDING_REVIEW) userErrors.push(userError(UserErrorCode.INVALID, 'This photo is not waiting for review.', ['input', 'mediaIds', String(i)]));
    else pending.push(media);
  }
  if (userErrors.length) return { mediaIds: [], status: null, userErrors };
  const now = new Date();
  const status = decision === ApprovalDecision.APPROVED ? MediaStatus.APPROVED : MediaStatus.REJECTED;
  await ctx.db.transaction(async (em) => {
    for (const media of pending) {
      const changes = { status, reviewerId: ctx.viewer!.userId, reviewReason: reason?.trim() || null, approvedAt: status === MediaStatus.APPROVED ? now : null };
      await em.update(Media, media.id, changes);
      Object.assign(media, changes);
      await recordApproval(em, { subjectType: MEDIA_SUBJECT, subjectId: media.id, decision, reviewerId: ctx.viewer!.userId, reason: reason?.trim() || null }, now);
      await audit(ctx, { action: status === MediaStatus.APPROVED ? 'media.approved' : 'media.rejected', targetType: 'Media', targetId: media.id, details: reason ? { reason } : {} }, em);
      if (status === MediaStatus.APPROVED) await notifyPhotoReleased(em, media, notifySettings(ctx.services.config));
    }
  });
  return { mediaIds: pending.map((m) => m.globalId), status, userErrors: [] };
}

// One 'media.viewed' audit row per request, listing every photo whose URLs were handed out.
const viewAuditors = new WeakMap<Context, DataLoader<string, true>>();

function auditView(ctx: Context, media: Media): Promise<true> {
  let loader = viewAuditors.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, true>(async (keys) => {
      const ids = [...new Set(keys.map((k) => k.split(':')[0]))];
      const childIds = [...new Set(keys.map((k) => k.split(':')[1]).filter(Boolean))];
      await audit(ctx, { action: 'media.viewed', targetType: 'Media', targetId: ids.length === 1 ? ids[0] : null, details: { mediaIds: ids, childIds } });
      return keys.map(() => true as const);
    }, { cache: false });
    viewAuditors.set(ctx, loader);
  }
  return loader.load(`${media.id}:${media.childId ?? ''}`);
}

/** A short-lived signed URL of a derivative (never the original); the access is audited. */
export async function signedUrl(ctx: Context, media: Media, which: 'display' | 'thumbnail'): Promise<string> {
  await auditView(ctx, media);
  return mediaRuntime(ctx.services).storage.presignGet(which === 'display' ? media.displayKey : media.thumbnailKey, { expiresSeconds: GET_EXPIRES_SECONDS });
}

/** A short-lived signed download of a PDF letter's cleaned copy (null for photos); audited as a view. */
export async function signedDocumentUrl(ctx: Context, media: Media): Promise<string | null> {
  if (!media.documentKey) return null;
  await auditView(ctx, media);
  return mediaRuntime(ctx.services).storage.presignGet(media.documentKey, { expiresSeconds: GET_EXPIRES_SECONDS, downloadName: 'letter.pdf' });
}

/** Matching details are for the partner and staff, not sponsors. */
export const canSeeMatch = (ctx: Context): boolean => isStaff(ctx.viewer) || isPartner(ctx.viewer);
