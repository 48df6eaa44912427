import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isStaff } from '../../auth/viewer';
import type { Account } from './account.entity';

/** Row scope for accounts: staff see all; a sponsor their own account. */
export function scopeAccounts(qb: SelectQueryBuilder<Account>, viewer: Viewer | null): SelectQueryBuilder<Account> {
  if (!viewer) return qb.andWhere('1 = 0');
  if (isStaff(viewer)) return qb;
  if (viewer.accountId) return qb.andWhere(`${qb.alias}.id = :scopeAccountId`, { scopeAccountId: viewer.accountId });
  return qb.andWhere('1 = 0');
}
