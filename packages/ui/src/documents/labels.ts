import type { DocumentAudience, DocumentStatus, DocumentType } from '@portal/graphql-types';
import type { BadgeTone } from '../components/badge';

/** English labels (i18n keys) of document types, in the order the library groups them. */
export const DOCUMENT_TYPE_LABEL: Record<DocumentType, string> = {
  DONATION_STATEMENT: 'Donation statements',
  CHILD_PROGRESS_REPORT: 'Child progress reports',
  PARTNER_AGREEMENT: 'Partner agreements',
  GUIDE: 'Guides',
  OTHER: 'Other documents',
};

export const DOCUMENT_AUDIENCE_LABEL: Record<DocumentAudience, string> = {
  ACCOUNT: 'One sponsor account',
  PROJECT_SPONSORS: 'Sponsors of a project',
  PROJECT_PARTNER: 'The partner of a project',
  PARTNER_ORGANIZATION: 'One partner organization',
  ALL_SPONSORS: 'All sponsors',
  ALL_PARTNERS: 'All partners',
};

export const DOCUMENT_STATUS: Record<DocumentStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Uploading', tone: 'neutral' },
  PENDING_REVIEW: { label: 'Waiting for review', tone: 'warning' },
  PUBLISHED: { label: 'Published', tone: 'good' },
  REJECTED: { label: 'Rejected', tone: 'danger' },
};
