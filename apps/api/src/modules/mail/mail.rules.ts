import { isStaffMember } from '../../graphql/rules';

export const mailRules = {
  Query: {
    mailOutbox: isStaffMember,
    capturedMails: isStaffMember,
  },
};
