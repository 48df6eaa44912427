import { isAuthenticated, isStaffMember } from '../../graphql/rules';

export const userRules = {
  Query: {
    me: isAuthenticated,
    users: isStaffMember,
  },
};
