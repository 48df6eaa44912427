import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { scopedQuery } from '../../data/scoped-query';
import { Approval, type ApprovalDecision, type ApprovalSubjectType } from './approval.entity';

export interface ApprovalRecord {
  subjectType: ApprovalSubjectType;
  subjectId: string;
  decision: ApprovalDecision;
  reviewerId: string;
  reason: string | null;
}

/** Records a review decision. Pass the transaction's manager so it commits with the change it explains. */
export async function recordApproval(em: EntityManager, record: ApprovalRecord, at: Date): Promise<Approval> {
  return em.save(em.create(Approval, { id: randomUUID(), ...record, createdAt: at }));
}

/** Per-request loader: the decisions on each subject the viewer may read, oldest first. */
export function approvalsBySubjectLoader(db: EntityManager, viewer: Viewer | null): DataLoader<string, Approval[]> {
  return new DataLoader(async (subjectIds) => {
    const qb = scopedQuery(db, viewer, 'Approval');
    const rows = await qb
      .andWhere(`${qb.alias}.subject_id IN (:...subjectIds)`, { subjectIds: [...subjectIds] })
      .orderBy(`${qb.alias}.created_at`, 'ASC')
      .addOrderBy(`${qb.alias}.id`, 'ASC')
      .getMany();
    return subjectIds.map((id) => rows.filter((r) => r.subjectId === id));
  });
}
