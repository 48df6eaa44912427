import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, seesAllOf } from '../../auth/viewer';
import { ApiScope } from '../api-tokens/api-scope';
import type { PartnerOrganization } from './partner-organization.entity';

/** Row scope for partner organizations: a partner its own; a sponsor those running their children's projects. */
export function scopePartnerOrganizations(
  qb: SelectQueryBuilder<PartnerOrganization>,
  viewer: Viewer | null,
): SelectQueryBuilder<PartnerOrganization> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (seesAllOf(viewer, ApiScope.CHILDREN_READ)) return qb;
  if (isPartner(viewer)) return qb.andWhere(`${a}.id = :scopeOrgId`, { scopeOrgId: viewer.partnerOrganizationId });
  if (isSponsor(viewer)) {
    return qb.andWhere(
      `EXISTS (SELECT 1 FROM project p JOIN child c ON c.project_id = p.id JOIN sponsorship s ON s.child_id = c.id
               WHERE p.partner_organization_id = ${a}.id AND s.sponsor_id = :scopeUserId AND s.active)`,
      { scopeUserId: viewer.userId },
    );
  }
  return qb.andWhere('1 = 0');
}
