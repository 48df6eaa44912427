import { isAuthenticated } from '../../graphql/rules';

export const projectRules = {
  Query: {
    projects: isAuthenticated,
  },
};
