import { isPartnerUser, isStaffMember } from '../../graphql/rules';
import { isAuthenticated, isSponsorOrTokenWith } from '../../graphql/rules';
import { ApiScope } from '../api-tokens/api-scope';

// Row scope (media.scope.ts) limits partners to their organization and sponsors to approved photos of their children.
export const mediaRules = {
  Query: {
    uploadBatch: isAuthenticated,
    uploads: isAuthenticated,
    mediaReviewQueue: isStaffMember,
    mediaReviewCounts: isStaffMember,
    mediaFeed: isSponsorOrTokenWith(ApiScope.MEDIA_READ),
  },
  Mutation: {
    uploadBatchCreate: isPartnerUser,
    uploadCreate: isPartnerUser,
    uploadFinalize: isPartnerUser,
    assignUploadChild: isPartnerUser,
    uploadMultipartCreate: isPartnerUser,
    uploadPartUrls: isPartnerUser,
    uploadMultipartComplete: isPartnerUser,
    uploadMultipartAbort: isPartnerUser,
    mediaApprove: isStaffMember,
    mediaReject: isStaffMember,
  },
};
