import { isAuthenticated } from '../../graphql/rules';

export const sponsorshipRules = {
  Query: {
    sponsorships: isAuthenticated,
  },
};
