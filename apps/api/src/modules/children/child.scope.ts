import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, seesAllOf } from '../../auth/viewer';
import { ApiScope } from '../api-tokens/api-scope';
import type { Child } from './child.entity';

/**
 * Row scope for children: staff see all; a partner the children of its organization's projects;
 * a sponsor the children they actively sponsor; anyone else nothing.
 */
export function scopeChildren(qb: SelectQueryBuilder<Child>, viewer: Viewer | null): SelectQueryBuilder<Child> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (seesAllOf(viewer, ApiScope.CHILDREN_READ)) return qb;
  if (isPartner(viewer)) {
    return qb.andWhere(
      `${a}.project_id IN (SELECT p.id FROM project p WHERE p.partner_organization_id = :scopeOrgId)`,
      { scopeOrgId: viewer.partnerOrganizationId },
    );
  }
  if (isSponsor(viewer)) {
    return qb.andWhere(
      `EXISTS (SELECT 1 FROM sponsorship s WHERE s.child_id = ${a}.id AND s.sponsor_id = :scopeUserId AND s.active)`,
      { scopeUserId: viewer.userId },
    );
  }
  return qb.andWhere('1 = 0');
}
