import { rule } from 'graphql-shield';
import type { Context } from '../../graphql/context';
import { isPartner, isStaff } from '../../auth/viewer';
import { forbidden, unauthenticated } from '../../graphql/errors';
import { isAuthenticated } from '../../graphql/rules';

/** Staff, or a partner user (the service then requires the project to be their organization's). */
export const isStaffOrPartner = rule('isStaffOrPartner', { cache: 'no_cache' })((_p, _a, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  return isStaff(ctx.viewer) || isPartner(ctx.viewer) ? true : forbidden();
});

// Row scope (project-update.scope.ts) decides which updates a viewer reads; the service checks the project for posting.
export const projectUpdateRules = {
  Query: {
    projectUpdates: isAuthenticated,
  },
  Mutation: {
    projectUpdatePost: isStaffOrPartner,
    projectUpdateDelete: isStaffOrPartner,
  },
};
