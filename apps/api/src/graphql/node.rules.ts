import { isAuthenticated } from './rules';

export const nodeRules = {
  Query: {
    node: isAuthenticated,
    nodes: isAuthenticated,
  },
};
