import { GraphQLError } from 'graphql';
import { allow, rule } from 'graphql-shield';
import type { Context } from './context';
import { isPartner, isPerson, isSponsor, isStaff } from '../auth/viewer';
import { forbidden, unauthenticated } from './errors';
import { Role } from '../modules/users/user.entity';
import type { ApiScope } from '../modules/api-tokens/api-scope';

/** Named permission rules. Every root field maps to one of these in a module's `*.rules.ts`. */
export const publicAccess = allow;

/** A signed-in person or an integrator's API token; rows are then limited by the data layer. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'no_cache' })((_p, _a, ctx: Context) =>
  ctx.viewer ? true : unauthenticated(),
);

/** A signed-in person (not an API token): for what only makes sense for people, like `me`. */
export const isSignedInPerson = rule('isSignedInPerson', { cache: 'no_cache' })((_p, _a, ctx: Context) =>
  !ctx.viewer ? unauthenticated() : isPerson(ctx.viewer) ? true : forbidden('API tokens cannot do this; sign in as a person.'),
);

const roleRule = (name: string, check: (ctx: Context) => boolean) =>
  rule(name, { cache: 'no_cache' })((_p, _a, ctx: Context): true | GraphQLError => {
    if (!ctx.viewer) return unauthenticated();
    return check(ctx) ? true : forbidden();
  });

export const isStaffMember = roleRule('isStaffMember', (ctx) => isStaff(ctx.viewer));
export const isPartnerUser = roleRule('isPartnerUser', (ctx) => isPartner(ctx.viewer));
export const isSponsorUser = roleRule('isSponsorUser', (ctx) => isSponsor(ctx.viewer));
export const isStaffAdmin = roleRule('isStaffAdmin', (ctx) => ctx.viewer?.role === Role.STAFF_ADMIN);
/** Staff, or a sponsor who administers their account's people. */
export const canManagePeople = roleRule('canManagePeople', (ctx) => isStaff(ctx.viewer) || (isSponsor(ctx.viewer) && ctx.viewer.isAccountAdmin));

/** A sponsor, or an integrator's token holding `scope` (row scope then limits what either sees). */
export const isSponsorOrTokenWith = (scope: ApiScope) =>
  roleRule(`isSponsorOrTokenWith${scope}`, (ctx) => isSponsor(ctx.viewer) || (ctx.viewer?.kind === 'integrator' && ctx.viewer.scopes.includes(scope)));
