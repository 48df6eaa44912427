import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, isStaff } from '../../auth/viewer';
import type { ProjectUpdate } from './project-update.entity';

/**
 * Row scope for project updates: staff see all; a partner those of its organization's projects;
 * a sponsor those of projects where they actively sponsor a child; nobody else any.
 */
export function scopeProjectUpdates(qb: SelectQueryBuilder<ProjectUpdate>, viewer: Viewer | null): SelectQueryBuilder<ProjectUpdate> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (isStaff(viewer)) return qb;
  if (isPartner(viewer)) {
    return qb.andWhere(`${a}.project_id IN (SELECT p.id FROM project p WHERE p.partner_organization_id = :scopeOrgId)`, { scopeOrgId: viewer.partnerOrganizationId });
  }
  if (isSponsor(viewer)) {
    return qb.andWhere(
      `${a}.project_id IN (SELECT c.project_id FROM child c JOIN sponsorship s ON s.child_id = c.id WHERE s.sponsor_id = :scopeUserId AND s.active)`,
      { scopeUserId: viewer.userId },
    );
  }
  return qb.andWhere('1 = 0');
}
