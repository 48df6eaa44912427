import type { Role } from '@portal/graphql-types';
import { i18n } from '../i18n/i18n';

/** Whether a user of `role` may use a portal that allows `allowed`. */
export function isRoleAllowed(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role);
}

/** A friendly explanation for a person who signed in to the wrong portal (whole sentences, for translation). */
export function wrongRoleMessage(role: Role, allowed: readonly Role[]): string {
  const t = i18n.t.bind(i18n);
  const portalFor = allowed[0] ?? null;
  const intro =
    portalFor === 'SPONSOR'
      ? t('This portal is for sponsors.')
      : portalFor === 'PARTNER'
        ? t('This portal is for partners.')
        : portalFor
          ? t('This portal is for staff.')
          : t('This portal is for other people.');
  const instead =
    role === 'SPONSOR'
      ? t('You signed in with a sponsor account: please use the sponsor portal instead.')
      : role === 'PARTNER'
        ? t('You signed in with a partner account: please use the partner portal instead.')
        : t('You signed in with a staff account: please use the admin portal instead.');
  return `${intro} ${instead}`;
}

/** A readable role name for people ("Staff administrator"). */
export function roleLabel(role: Role): string {
  switch (role) {
    case 'SPONSOR':
      return i18n.t('Sponsor');
    case 'PARTNER':
      return i18n.t('Partner');
    case 'STAFF':
      return i18n.t('Staff');
    case 'STAFF_ADMIN':
      return i18n.t('Staff administrator');
  }
}
