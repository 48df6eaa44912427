import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, isStaff } from '../../auth/viewer';
import { ApiScope } from '../api-tokens/api-scope';
import type { Media, Upload, UploadBatch } from './media.entity';

// Projects of the children a sponsor actively sponsors (a project update's photo of no child reaches them all).
const SPONSORED_PROJECTS = `(SELECT c.project_id FROM child c JOIN sponsorship s2 ON s2.child_id = c.id WHERE s2.sponsor_id = :scopeUserId AND s2.active)`;

/** Uploads and batches: staff see all; a partner those of its own organization; nobody else any. */
export function scopeUploads<T extends Upload | UploadBatch>(qb: SelectQueryBuilder<T>, viewer: Viewer | null): SelectQueryBuilder<T> {
  if (!viewer) return qb.andWhere('1 = 0');
  if (isStaff(viewer)) return qb;
  if (isPartner(viewer)) return qb.andWhere(`${qb.alias}.partner_organization_id = :scopeOrgId`, { scopeOrgId: viewer.partnerOrganizationId });
  return qb.andWhere('1 = 0');
}

/**
 * Media: staff see all; a partner its organization's media of its own children (or not yet matched);
 * a sponsor only APPROVED media of children they actively sponsor, or a photo of no child shown with an update
 * of their children's projects; an integrator with MEDIA_READ every APPROVED photo (never pending, rejected or
 * unmatched ones).
 *
 * A photo linked to a child reaches only that child's sponsors, even when a project update shows it: a sponsor of
 * another child of the project sees the update without its photo (the update's `photo` resolves through this
 * scope to null). Sharing through an update never widens who sees a child.
 */
export function scopeMedia(qb: SelectQueryBuilder<Media>, viewer: Viewer | null): SelectQueryBuilder<Media> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (isStaff(viewer)) return qb;
  if (isPartner(viewer)) {
    return qb.andWhere(
      `${a}.partner_organization_id = :scopeOrgId AND (${a}.child_id IS NULL OR ${a}.child_id IN
        (SELECT c.id FROM child c JOIN project p ON p.id = c.project_id WHERE p.partner_organization_id = :scopeOrgId))`,
      { scopeOrgId: viewer.partnerOrganizationId },
    );
  }
  if (isSponsor(viewer)) {
    return qb.andWhere(
      `${a}.status = 'APPROVED' AND (EXISTS (SELECT 1 FROM sponsorship s WHERE s.child_id = ${a}.child_id AND s.sponsor_id = :scopeUserId AND s.active)
        OR (${a}.child_id IS NULL AND ${a}.id IN (SELECT pu.media_id FROM project_update pu WHERE pu.project_id IN ${SPONSORED_PROJECTS})))`,
      { scopeUserId: viewer.userId },
    );
  }
  if (viewer.kind === 'integrator' && viewer.scopes.includes(ApiScope.MEDIA_READ)) return qb.andWhere(`${a}.status = 'APPROVED'`);
  return qb.andWhere('1 = 0');
}
