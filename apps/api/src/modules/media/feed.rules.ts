import { isSponsorUser, isStaffMember } from '../../graphql/rules';

// The feed's sources are read through the row scope of media, letters and project updates.
export const feedRules = {
  Query: {
    sponsorFeed: isSponsorUser,
    sponsorFeedNewSince: isSponsorUser,
  },
  Mutation: {
    mediaRejectMany: isStaffMember,
  },
};
