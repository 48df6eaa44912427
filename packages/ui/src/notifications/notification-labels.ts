import type { EmailMode, NotificationType } from '@portal/graphql-types';
import { i18n } from '../i18n/i18n';

export const NOTIFICATION_TYPE_LABEL: Record<NotificationType, string> = {
  get LETTER_STATUS() {
    return i18n.t('Changes to my letters');
  },
  get NEW_LETTER() {
    return i18n.t('New letters from a child');
  },
  get NEW_PHOTO() {
    return i18n.t('New photos of a child');
  },
  get REQUEST_UPDATE() {
    return i18n.t('Replies and updates on my requests');
  },
  get DOCUMENT_PUBLISHED() {
    return i18n.t('New documents for me');
  },
  get INVITATION() {
    return i18n.t('Invitations');
  },
  get ARCHIVE_READY() {
    return i18n.t('My personal archive is ready');
  },
};

export const EMAIL_MODE_LABEL: Record<EmailMode, string> = {
  get IMMEDIATE() {
    return i18n.t('Email me shortly after (unless I have seen it here)');
  },
  get DAILY_DIGEST() {
    return i18n.t('One email a day with what I have not seen');
  },
  get OFF() {
    return i18n.t('No email, only here');
  },
};
