import { isSignedInPerson, publicAccess } from '../../graphql/rules';

// Enrollment is reached either with a challenge token (first sign-in of staff) or signed in.
export const twoFactorRules = {
  Mutation: {
    verifyTwoFactor: publicAccess,
    startTwoFactorEnrollment: publicAccess,
    confirmTwoFactorEnrollment: publicAccess,
    regenerateRecoveryCodes: isSignedInPerson,
    disableTwoFactor: isSignedInPerson,
  },
};
