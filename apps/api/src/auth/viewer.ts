import { Role, STAFF_ROLES } from '../modules/users/user.entity';

/** Who is asking: taken from a verified access token, never from the request body. */
export interface Viewer {
  userId: string;
  role: Role;
  partnerOrganizationId: string | null;
  accountId: string | null;
  /** A sponsor who may invite and remove the people of their account. */
  isAccountAdmin: boolean;
}

export const isStaff = (v: Viewer | null): boolean => !!v && STAFF_ROLES.includes(v.role);
export const isPartner = (v: Viewer | null): v is Viewer & { partnerOrganizationId: string } =>
  !!v && v.role === Role.PARTNER && !!v.partnerOrganizationId;
export const isSponsor = (v: Viewer | null): v is Viewer & { role: Role.SPONSOR } => !!v && v.role === Role.SPONSOR;
