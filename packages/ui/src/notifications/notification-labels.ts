import type { EmailMode, NotificationType } from '@portal/graphql-types';

export const NOTIFICATION_TYPE_LABEL: Record<NotificationType, string> = {
  LETTER_STATUS: 'Changes to my letters',
  NEW_LETTER: 'New letters from a child',
  NEW_PHOTO: 'New photos of a child',
  REQUEST_UPDATE: 'Replies and updates on my requests',
  DOCUMENT_PUBLISHED: 'New documents for me',
  INVITATION: 'Invitations',
  ARCHIVE_READY: 'My personal archive is ready',
};

export const EMAIL_MODE_LABEL: Record<EmailMode, string> = {
  IMMEDIATE: 'Email me shortly after (unless I have seen it here)',
  DAILY_DIGEST: 'One email a day with what I have not seen',
  OFF: 'No email, only here',
};
