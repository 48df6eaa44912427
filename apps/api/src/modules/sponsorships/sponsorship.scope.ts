import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, seesAllOf } from '../../auth/viewer';
import { ApiScope } from '../api-tokens/api-scope';
import type { Sponsorship } from './sponsorship.entity';

/** Row scope for sponsorships: a sponsor their own; a partner those of its children; staff all. */
export function scopeSponsorships(qb: SelectQueryBuilder<Sponsorship>, viewer: Viewer | null): SelectQueryBuilder<Sponsorship> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (seesAllOf(viewer, ApiScope.CHILDREN_READ)) return qb;
  if (isSponsor(viewer)) return qb.andWhere(`${a}.sponsor_id = :scopeUserId`, { scopeUserId: viewer.userId });
  if (isPartner(viewer)) {
    return qb.andWhere(
      `${a}.child_id IN (SELECT c.id FROM child c JOIN project p ON p.id = c.project_id
                         WHERE p.partner_organization_id = :scopeOrgId)`,
      { scopeOrgId: viewer.partnerOrganizationId },
    );
  }
  return qb.andWhere('1 = 0');
}
