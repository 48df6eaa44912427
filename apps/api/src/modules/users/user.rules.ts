import { isSignedInPerson, isSponsorUser, isStaffMember } from '../../graphql/rules';

export const userRules = {
  Query: {
    me: isSignedInPerson,
    users: isStaffMember,
    accountPeople: isSponsorUser,
  },
};
