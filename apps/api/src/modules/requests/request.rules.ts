import { rule } from 'graphql-shield';
import type { Context } from '../../graphql/context';
import { forbidden, unauthenticated } from '../../graphql/errors';
import { isSignedInPerson, isStaffMember, isAuthenticated } from '../../graphql/rules';
import { seesAllOf } from '../../auth/viewer';
import { ApiScope } from '../api-tokens/api-scope';

/** Staff, or an integrator whose token has REQUESTS_WRITE: may change status and owner. */
const canWorkRequests = rule('canWorkRequests', { cache: 'no_cache' })((_p, _a, ctx: Context) =>
  !ctx.viewer ? unauthenticated() : seesAllOf(ctx.viewer, ApiScope.REQUESTS_WRITE) ? true : forbidden(),
);

// Reading is open to every viewer: row scope gives each one their requests (integrators need
// REQUESTS_READ). The thread takes the requester's side or staff; the service tells them apart.
export const requestRules = {
  Query: {
    requests: isAuthenticated,
    request: isAuthenticated,
    requestForms: isAuthenticated,
    requestForm: isAuthenticated,
  },
  Mutation: {
    openRequest: isSignedInPerson,
    replyToRequest: isSignedInPerson,
    createRequestAttachmentUpload: isSignedInPerson,
    setRequestStatus: canWorkRequests,
    assignRequests: canWorkRequests,
    setRequestDueDate: isStaffMember,
    saveRequestForm: isStaffMember,
  },
};
