import { isAuthenticated, isSignedInPerson, isSponsorUser, isStaffMember } from '../../graphql/rules';

// Row scope (document.scope.ts) limits what each viewer reads; the services tell staff from partners.
export const documentRules = {
  Query: {
    documents: isAuthenticated,
    document: isAuthenticated,
    myPersonalArchives: isSponsorUser,
  },
  Mutation: {
    createDocument: isSignedInPerson,
    confirmDocumentVersion: isSignedInPerson,
    addDocumentVersion: isStaffMember,
    reviewDocument: isStaffMember,
    documentDownload: isSignedInPerson,
    requestPersonalArchive: isSponsorUser,
    personalArchiveDownload: isSponsorUser,
  },
};
