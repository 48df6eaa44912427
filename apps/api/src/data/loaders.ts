import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { Sponsorship } from '../modules/sponsorships/sponsorship.entity';
import { User } from '../modules/users/user.entity';
import { scopedQuery, type ScopedTypeName, SCOPED } from './scoped-query';
import type { Approval } from '../modules/approvals/approval.entity';
import { approvalsBySubjectLoader } from '../modules/approvals/approval.service';

type ById = { [K in ScopedTypeName]: DataLoader<string, InstanceType<(typeof SCOPED)[K]['entity']> | null> };

/** Per-request DataLoaders. Every batch goes through the viewer's row scope. */
export interface Loaders {
  byId: ById;
  sponsorshipsByChildId: DataLoader<string, Sponsorship[]>;
  /** First names only: the one detail of a sponsor that partners and children may know. */
  sponsorFirstNameById: DataLoader<string, string | null>;
  /** Review decisions on each subject (a letter …) the viewer may read, oldest first. */
  approvalsBySubjectId: DataLoader<string, Approval[]>;
}

export function createLoaders(db: EntityManager, viewer: Viewer | null): Loaders {
  const byIdLoader = <K extends ScopedTypeName>(type: K) =>
    new DataLoader<string, InstanceType<(typeof SCOPED)[K]['entity']> | null>(async (ids) => {
      const qb = scopedQuery(db, viewer, type);
      const rows = await qb.andWhere(`${qb.alias}.id IN (:...ids)`, { ids: [...ids] }).getMany();
      const map = new Map(rows.map((r) => [(r as unknown as { id: string }).id, r]));
      return ids.map((id) => (map.get(id) ?? null) as InstanceType<(typeof SCOPED)[K]['entity']> | null);
    });
  const byId = Object.fromEntries(
    (Object.keys(SCOPED) as ScopedTypeName[]).map((t) => [t, byIdLoader(t)]),
  ) as unknown as ById;
  return {
    byId,
    approvalsBySubjectId: approvalsBySubjectLoader(db, viewer),
    sponsorshipsByChildId: new DataLoader(async (childIds) => {
      const qb = scopedQuery(db, viewer, 'Sponsorship');
      const rows = await qb.andWhere(`${qb.alias}.child_id IN (:...childIds)`, { childIds: [...childIds] }).getMany();
      return childIds.map((id) => rows.filter((r) => r.childId === id));
    }),
    sponsorFirstNameById: new DataLoader(async (ids) => {
      const rows = await db
        .createQueryBuilder(User, 'u')
        .select(['u.id', 'u.firstName'])
        .where('u.id IN (:...ids)', { ids: [...ids] })
        .getMany();
      const map = new Map(rows.map((r) => [r.id, r.firstName]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
