import { publicAccess } from '../../graphql/rules';

export const authRules = {
  Mutation: {
    signIn: publicAccess,
    refreshSession: publicAccess,
    signOut: publicAccess,
  },
};
