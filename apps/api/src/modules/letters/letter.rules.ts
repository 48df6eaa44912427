import { isAuthenticated, isPartnerUser, isSignedInPerson, isSponsorUser, isStaffMember } from '../../graphql/rules';

// Moves of an existing letter are open to every signed-in person: the state machine decides which
// role may make which move (a partner "approving" gets a userError), and row scope which letters
// each person can reach at all. Creating letters and the role-specific queues are gated here.
export const letterRules = {
  Query: {
    // Integrators too: the row scope gives them letters only with LETTERS_READ.
    letters: isAuthenticated,
    letter: isAuthenticated,
    letterReviewQueue: isStaffMember,
    printQueue: isPartnerUser,
    screenLetterText: isSignedInPerson,
    letterStationery: isSignedInPerson,
  },
  Mutation: {
    writeLetter: isSponsorUser,
    recordChildReply: isPartnerUser,
    updateLetter: isSignedInPerson,
    saveLetterDrafts: isSponsorUser,
    deleteLetterDrafts: isSponsorUser,
    removeLetterPhoto: isSponsorUser,
    submitLetters: isSignedInPerson,
    approveLetter: isSignedInPerson,
    approveLetters: isSignedInPerson,
    requestLetterChanges: isSignedInPerson,
    rejectLetter: isSignedInPerson,
    markLettersPrinted: isSignedInPerson,
    markLettersDelivered: isSignedInPerson,
    markLetterRead: isSignedInPerson,
  },
};
