import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isStaff } from '../../auth/viewer';
import type { User } from './user.entity';

/** Row scope for people: staff see everyone; everybody else only themselves (no contact details cross). */
export function scopeUsers(qb: SelectQueryBuilder<User>, viewer: Viewer | null): SelectQueryBuilder<User> {
  if (!viewer) return qb.andWhere('1 = 0');
  if (isStaff(viewer)) return qb;
  return qb.andWhere(`${qb.alias}.id = :scopeUserId`, { scopeUserId: viewer.userId });
}
