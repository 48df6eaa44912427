import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, isStaff } from '../../auth/viewer';
import type { Letter } from './letter.entity';
import { ApiScope } from '../api-tokens/api-scope';

const RELEASED = `('APPROVED', 'PRINTED', 'DELIVERED')`;
const ORG_CHILDREN = `(SELECT c.id FROM child c JOIN project p ON p.id = c.project_id WHERE p.partner_organization_id = :scopeOrgId)`;

/**
 * Row scope for letters: staff see all; a sponsor their own letters and the replies released to
 * them; a partner the released letters to its children and the replies recorded for them.
 * Integrators with LETTERS_READ see every letter but drafts.
 */
export function scopeLetters(qb: SelectQueryBuilder<Letter>, viewer: Viewer | null): SelectQueryBuilder<Letter> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (isStaff(viewer)) return qb;
  if (viewer.kind === 'integrator') {
    return viewer.scopes.includes(ApiScope.LETTERS_READ) ? qb.andWhere(`${a}.status <> 'DRAFT'`) : qb.andWhere('1 = 0');
  }
  if (isSponsor(viewer)) {
    return qb.andWhere(
      `${a}.sponsor_id = :scopeUserId AND (${a}.direction = 'SPONSOR_TO_CHILD' OR ${a}.approved_at IS NOT NULL)`,
      { scopeUserId: viewer.userId },
    );
  }
  if (isPartner(viewer)) {
    return qb.andWhere(
      `${a}.child_id IN ${ORG_CHILDREN}
       AND (${a}.direction = 'CHILD_TO_SPONSOR' OR ${a}.status IN ${RELEASED})`,
      { scopeOrgId: viewer.partnerOrganizationId },
    );
  }
  return qb.andWhere('1 = 0');
}

/**
 * Which letters' review decisions a viewer may read (SQL selecting letter ids), or null for none:
 * a sponsor's on their own letters (the reasons they must act on); a partner's on the replies
 * it recorded. Staff read every decision, so they never get here.
 */
export function letterApprovalVisibility(viewer: Viewer): { sql: string; params: Record<string, string> } | null {
  if (isSponsor(viewer)) {
    return { sql: `SELECT l.id FROM letter l WHERE l.sponsor_id = :scopeUserId AND l.direction = 'SPONSOR_TO_CHILD'`, params: { scopeUserId: viewer.userId } };
  }
  if (isPartner(viewer)) {
    return {
      sql: `SELECT l.id FROM letter l WHERE l.direction = 'CHILD_TO_SPONSOR' AND l.child_id IN ${ORG_CHILDREN}`,
      params: { scopeOrgId: viewer.partnerOrganizationId },
    };
  }
  return null;
}
