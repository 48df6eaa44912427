import { isStaffMember } from '../../graphql/rules';

export const syncRules = {
  Query: {
    syncStatus: isStaffMember,
    syncProblems: isStaffMember,
    syncConflicts: isStaffMember,
  },
  Mutation: {
    runSync: isStaffMember,
    retrySyncItem: isStaffMember,
    resolveSyncConflict: isStaffMember,
  },
};
