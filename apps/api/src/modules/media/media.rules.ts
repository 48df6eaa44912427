import { isPartnerUser, isSponsorUser, isStaffMember } from '../../graphql/rules';
import { isAuthenticated } from '../../graphql/rules';

// Row scope (media.scope.ts) limits partners to their organization and sponsors to approved photos of their children.
export const mediaRules = {
  Query: {
    uploadBatch: isAuthenticated,
    uploads: isAuthenticated,
    mediaReviewQueue: isStaffMember,
    mediaReviewCounts: isStaffMember,
    mediaFeed: isSponsorUser,
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
