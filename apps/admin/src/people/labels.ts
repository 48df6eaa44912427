import type { Role, UserStatus } from '@portal/graphql-types';
import { LANGUAGES, roleLabel, type BadgeTone, type SelectOption, i18n } from '@portal/ui';

export const ALL_ROLES: readonly Role[] = ['STAFF_ADMIN', 'STAFF', 'PARTNER', 'SPONSOR'];

/** Roles a staff member may give when inviting (the API has the same rule). */
export function invitableRoles(viewerRole: Role): Role[] {
  return viewerRole === 'STAFF_ADMIN' ? ['PARTNER', 'STAFF', 'STAFF_ADMIN', 'SPONSOR'] : ['PARTNER', 'SPONSOR'];
}

export const roleOptions = (roles: readonly Role[]): SelectOption[] => roles.map((r) => ({ value: r, label: roleLabel(r) }));

export const STATUS_LABEL: Record<UserStatus, string> = {
  get INVITED() {
    return i18n.t('Invited');
  },
  get ACTIVE() {
    return i18n.t('Active');
  },
  get DEACTIVATED() {
    return i18n.t('Deactivated');
  },
};

export const STATUS_TONE: Record<UserStatus, BadgeTone> = {
  INVITED: 'warning',
  ACTIVE: 'good',
  DEACTIVATED: 'danger',
};

/** The languages a person can be invited in: the portal's own list, each in its own words. */
export const LANGUAGE_OPTIONS: SelectOption[] = LANGUAGES.map((l) => ({ value: l.code, label: l.name }));
