import type { Role, UserStatus } from '@portal/graphql-types';
import { roleLabel, type BadgeTone, type SelectOption } from '@portal/ui';

export const ALL_ROLES: readonly Role[] = ['STAFF_ADMIN', 'STAFF', 'PARTNER', 'SPONSOR'];

/** Roles a staff member may give when inviting (the API has the same rule). */
export function invitableRoles(viewerRole: Role): Role[] {
  return viewerRole === 'STAFF_ADMIN' ? ['PARTNER', 'STAFF', 'STAFF_ADMIN', 'SPONSOR'] : ['PARTNER', 'SPONSOR'];
}

export const roleOptions = (roles: readonly Role[]): SelectOption[] => roles.map((r) => ({ value: r, label: roleLabel(r) }));

export const STATUS_LABEL: Record<UserStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DEACTIVATED: 'Deactivated',
};

export const STATUS_TONE: Record<UserStatus, BadgeTone> = {
  INVITED: 'warning',
  ACTIVE: 'good',
  DEACTIVATED: 'danger',
};

export const LANGUAGE_OPTIONS: SelectOption[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French (français)' },
];
