import type { DocumentAudience, DocumentStatus, DocumentType } from '@portal/graphql-types';
import type { BadgeTone } from '../components/badge';
import { i18n } from '../i18n/i18n';

/** Labels of document types in the language shown (getters), in the order the library groups them. */
export const DOCUMENT_TYPE_LABEL: Record<DocumentType, string> = {
  get DONATION_STATEMENT() {
    return i18n.t('Donation statements');
  },
  get CHILD_PROGRESS_REPORT() {
    return i18n.t('Child progress reports');
  },
  get PARTNER_AGREEMENT() {
    return i18n.t('Partner agreements');
  },
  get GUIDE() {
    return i18n.t('Guides');
  },
  get OTHER() {
    return i18n.t('Other documents');
  },
};

export const DOCUMENT_AUDIENCE_LABEL: Record<DocumentAudience, string> = {
  get ACCOUNT() {
    return i18n.t('One sponsor account');
  },
  get PROJECT_SPONSORS() {
    return i18n.t('Sponsors of a project');
  },
  get PROJECT_PARTNER() {
    return i18n.t('The partner of a project');
  },
  get PARTNER_ORGANIZATION() {
    return i18n.t('One partner organization');
  },
  get ALL_SPONSORS() {
    return i18n.t('All sponsors');
  },
  get ALL_PARTNERS() {
    return i18n.t('All partners');
  },
};

export const DOCUMENT_STATUS: Record<DocumentStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { get label() {
    return i18n.t('Uploading');
  }, tone: 'neutral' },
  PENDING_REVIEW: { get label() {
    return i18n.t('Waiting for review');
  }, tone: 'warning' },
  PUBLISHED: { get label() {
    return i18n.t('Published');
  }, tone: 'good' },
  REJECTED: { get label() {
    return i18n.t('Rejected');
  }, tone: 'danger' },
};
