import { isStaffMember } from '../../graphql/rules';

export const auditRules = {
  Query: {
    auditEvents: isStaffMember,
  },
};
