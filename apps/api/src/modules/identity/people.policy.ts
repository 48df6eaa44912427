import { Role, STAFF_ROLES, type User } from '../users/user.entity';
import type { Viewer } from '../../auth/viewer';

/** Roles a viewer may invite: staff admins any; staff partners and sponsors; account admins sponsors. */
export function invitableRoles(viewer: Viewer): Role[] {
  if (viewer.role === Role.STAFF_ADMIN) return [Role.STAFF_ADMIN, Role.STAFF, Role.PARTNER, Role.SPONSOR];
  if (viewer.role === Role.STAFF) return [Role.PARTNER, Role.SPONSOR];
  if (viewer.role === Role.SPONSOR && viewer.isAccountAdmin) return [Role.SPONSOR];
  return [];
}

/** Whether a viewer may resend, deactivate or change a person: the same reach as inviting them. */
export function canManage(viewer: Viewer, person: Pick<User, 'role' | 'accountId'>): boolean {
  if (viewer.role === Role.STAFF_ADMIN) return true;
  if (viewer.role === Role.STAFF) return !STAFF_ROLES.includes(person.role);
  return viewer.role === Role.SPONSOR && viewer.isAccountAdmin && person.role === Role.SPONSOR && !!viewer.accountId && person.accountId === viewer.accountId;
}
