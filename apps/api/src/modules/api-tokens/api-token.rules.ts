import { isStaffMember } from '../../graphql/rules';

export const apiTokenRules = {
  Query: { apiTokens: isStaffMember },
  Mutation: { createApiToken: isStaffMember, revokeApiToken: isStaffMember },
};
