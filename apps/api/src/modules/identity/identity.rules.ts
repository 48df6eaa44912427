import { canManagePeople, isSignedInPerson, isStaffAdmin, publicAccess } from '../../graphql/rules';

export const identityRules = {
  Mutation: {
    inviteUser: canManagePeople,
    resendInvitation: canManagePeople,
    deactivateUser: canManagePeople,
    reactivateUser: canManagePeople,
    setUserRole: isStaffAdmin,
    acceptInvitation: publicAccess,
    requestMagicLink: publicAccess,
    signInWithMagicLink: publicAccess,
    requestPasswordReset: publicAccess,
    resetPassword: publicAccess,
    changePassword: isSignedInPerson,
    setMyLocale: isSignedInPerson,
  },
};
