import { isAuthenticated } from '../../graphql/rules';

// Row scope (child.scope.ts) decides which children each role sees.
export const childRules = {
  Query: {
    children: isAuthenticated,
    child: isAuthenticated,
  },
};
