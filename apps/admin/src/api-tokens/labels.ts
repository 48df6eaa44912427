import type { ApiScope } from '@portal/graphql-types';
import { i18n } from '@portal/ui';

/** Every scope with what it allows; typed by the generated enum, so a new scope fails the build until described here. */
export const SCOPE_DESCRIPTION: Record<ApiScope, { label: string; description: string }> = {
  CHILDREN_READ: {
    get label() {
    return i18n.t('Read children');
  },
    get description() {
    return i18n.t('Read children, projects, partner organizations and sponsorships (sponsor first names only).');
  },
  },
  LETTERS_READ: {
    get label() {
    return i18n.t('Read letters');
  },
    get description() {
    return i18n.t('Read letters once sent for review (never drafts), with sponsor first names only.');
  },
  },
  MEDIA_READ: {
    get label() {
    return i18n.t('Read photos');
  },
    get description() {
    return i18n.t('Read photos released by staff review (never pending or rejected ones), through short-lived links; every access is audited.');
  },
  },
  REQUESTS_READ: {
    get label() {
    return i18n.t('Read requests');
  },
    get description() {
    return i18n.t('Read requests, their forms and their threads (never staff-internal notes).');
  },
  },
  REQUESTS_WRITE: {
    get label() {
    return i18n.t('Work requests');
  },
    get description() {
    return i18n.t('Change the status and owner of requests (with “Read requests” to find them).');
  },
  },
};

export const ALL_SCOPES = Object.keys(SCOPE_DESCRIPTION) as ApiScope[];

export const EXPIRY_OPTIONS = [
  { value: '30', get label() {
    return i18n.t('30 days');
  } },
  { value: '90', get label() {
    return i18n.t('90 days');
  } },
  { value: '365', get label() {
    return i18n.t('1 year');
  } },
  { value: '', get label() {
    return i18n.t('Never');
  } },
];

/** A date for a table cell in the reader's language, or a word when there is none. */
export const formatDate = (iso: unknown, none = '—'): string =>
  iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(String(iso))) : none;
