import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { Notification } from './notification.entity';

/** Row scope for notifications: a person sees only their own, staff included; integrators none. */
export function scopeNotifications(qb: SelectQueryBuilder<Notification>, viewer: Viewer | null): SelectQueryBuilder<Notification> {
  if (!viewer || viewer.kind !== 'person') return qb.andWhere('1 = 0');
  return qb.andWhere(`${qb.alias}.recipient_id = :scopeRecipientId`, { scopeRecipientId: viewer.userId });
}
