import { isAuthenticated } from '../../graphql/rules';

export const userRules = {
  Query: {
    me: isAuthenticated,
  },
};
