import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isStaff } from '../../auth/viewer';
import { letterApprovalVisibility } from '../letters/letter.scope';
import { ApprovalSubjectType, type Approval } from './approval.entity';

type Visibility = (viewer: Viewer) => { sql: string; params: Record<string, string> } | null;

/** Per subject type, which subjects' decisions a non-staff viewer may read. */
const SUBJECTS: Record<ApprovalSubjectType, Visibility> = {
  [ApprovalSubjectType.LETTER]: letterApprovalVisibility,
  // Photo decisions are for staff; partners see each upload's status and reason instead.
  [ApprovalSubjectType.MEDIA]: () => null,
};

/** Row scope for review decisions: staff see all; others only decisions on what they wrote or recorded. */
export function scopeApprovals(qb: SelectQueryBuilder<Approval>, viewer: Viewer | null): SelectQueryBuilder<Approval> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (isStaff(viewer)) return qb;
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  for (const [type, visibility] of Object.entries(SUBJECTS)) {
    const v = visibility(viewer);
    if (!v) continue;
    clauses.push(`(${a}.subject_type = '${type}' AND ${a}.subject_id IN (${v.sql}))`);
    Object.assign(params, v.params);
  }
  return clauses.length ? qb.andWhere(`(${clauses.join(' OR ')})`, params) : qb.andWhere('1 = 0');
}
