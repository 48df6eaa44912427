import { Role, STAFF_ROLES } from '../modules/users/user.entity';
import type { ApiScope } from '../modules/api-tokens/api-scope';

/** Who is asking: taken from a verified access token, never from the request body. */
export interface Viewer {
  /** A signed-in person, or an integrator's API token. */
  kind: 'person' | 'integrator';
  /** The person's id; for an integrator, the API token's id. */
  userId: string;
  /** The person's role; null for integrators, who act only through their scopes. */
  role: Role | null;
  partnerOrganizationId: string | null;
  accountId: string | null;
  /** A sponsor who may invite and remove the people of their account. */
  isAccountAdmin: boolean;
  /** Integrators only: what the token allows. */
  scopes: readonly ApiScope[];
}

export const isStaff = (v: Viewer | null): boolean => !!v && !!v.role && STAFF_ROLES.includes(v.role);
export const isPerson = (v: Viewer | null): boolean => !!v && v.kind === 'person';
/** Staff, or an integrator whose token has the scope: both see every row of that area. */
export const seesAllOf = (v: Viewer | null, scope: ApiScope): boolean => isStaff(v) || (!!v && v.kind === 'integrator' && v.scopes.includes(scope));
export const isPartner = (v: Viewer | null): v is Viewer & { partnerOrganizationId: string } =>
  !!v && v.role === Role.PARTNER && !!v.partnerOrganizationId;
export const isSponsor = (v: Viewer | null): v is Viewer & { role: Role.SPONSOR } => !!v && v.role === Role.SPONSOR;
