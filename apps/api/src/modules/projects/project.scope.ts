import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, seesAllOf } from '../../auth/viewer';
import { ApiScope } from '../api-tokens/api-scope';
import type { Project } from './project.entity';

/** Row scope for projects: a partner its organization's; a sponsor those of the children they sponsor. */
export function scopeProjects(qb: SelectQueryBuilder<Project>, viewer: Viewer | null): SelectQueryBuilder<Project> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (seesAllOf(viewer, ApiScope.CHILDREN_READ)) return qb;
  if (isPartner(viewer)) {
    return qb.andWhere(`${a}.partner_organization_id = :scopeOrgId`, { scopeOrgId: viewer.partnerOrganizationId });
  }
  if (isSponsor(viewer)) {
    return qb.andWhere(
      `EXISTS (SELECT 1 FROM child c JOIN sponsorship s ON s.child_id = c.id
               WHERE c.project_id = ${a}.id AND s.sponsor_id = :scopeUserId AND s.active)`,
      { scopeUserId: viewer.userId },
    );
  }
  return qb.andWhere('1 = 0');
}
