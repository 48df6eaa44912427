import { isSignedInPerson } from '../../graphql/rules';

// Every count goes through the viewer's row scope; staff-only counts are chosen by role in the service.
export const dashboardRules = {
  Query: {
    myDashboard: isSignedInPerson,
  },
};
