import { isSignedInPerson, isStaffMember } from '../../graphql/rules';

export const userRules = {
  Query: {
    me: isSignedInPerson,
    users: isStaffMember,
  },
};
