import { isStaffMember } from '../../graphql/rules';

// Aggregates over every sponsor, partner and request: staff only (others get FORBIDDEN).
export const kpiRules = {
  Query: {
    kpis: isStaffMember,
  },
};
