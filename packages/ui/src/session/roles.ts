import type { Role } from '@portal/graphql-types';

/** The people a portal is for, named for messages ("This portal is for sponsors."). */
const AUDIENCE: Record<Role, string> = {
  SPONSOR: 'sponsors',
  PARTNER: 'partners',
  STAFF: 'staff',
  STAFF_ADMIN: 'staff',
};

const ACCOUNT_KIND: Record<Role, string> = {
  SPONSOR: 'a sponsor',
  PARTNER: 'a partner',
  STAFF: 'a staff',
  STAFF_ADMIN: 'a staff',
};

const PORTAL: Record<Role, string> = {
  SPONSOR: 'sponsor',
  PARTNER: 'partner',
  STAFF: 'admin',
  STAFF_ADMIN: 'admin',
};

/** Whether a user of `role` may use a portal that allows `allowed`. */
export function isRoleAllowed(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role);
}

/** A friendly explanation for a person who signed in to the wrong portal. */
export function wrongRoleMessage(role: Role, allowed: readonly Role[]): string {
  const audience = allowed.length > 0 ? AUDIENCE[allowed[0]] : 'other people';
  return (
    `This portal is for ${audience}. You signed in with ${ACCOUNT_KIND[role]} account: ` +
    `please use the ${PORTAL[role]} portal instead.`
  );
}

/** A readable role name for people ("Staff administrator"). */
export function roleLabel(role: Role): string {
  switch (role) {
    case 'SPONSOR':
      return 'Sponsor';
    case 'PARTNER':
      return 'Partner';
    case 'STAFF':
      return 'Staff';
    case 'STAFF_ADMIN':
      return 'Staff administrator';
  }
}
