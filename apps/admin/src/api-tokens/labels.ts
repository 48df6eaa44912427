import type { ApiScope } from '@portal/graphql-types';

/** Every scope with what it allows; typed by the generated enum, so a new scope fails the build until described here. */
export const SCOPE_DESCRIPTION: Record<ApiScope, { label: string; description: string }> = {
  CHILDREN_READ: {
    label: 'Read children',
    description: 'Read children, projects, partner organizations and sponsorships (sponsor first names only).',
  },
  LETTERS_READ: {
    label: 'Read letters',
    description: 'Read letters once sent for review (never drafts), with sponsor first names only.',
  },
  MEDIA_READ: {
    label: 'Read photos',
    description: 'Read photos released by staff review (never pending or rejected ones), through short-lived links; every access is audited.',
  },
  REQUESTS_READ: {
    label: 'Read requests',
    description: 'Read requests, their forms and their threads (never staff-internal notes).',
  },
  REQUESTS_WRITE: {
    label: 'Work requests',
    description: 'Change the status and owner of requests (with “Read requests” to find them).',
  },
};

export const ALL_SCOPES = Object.keys(SCOPE_DESCRIPTION) as ApiScope[];

export const EXPIRY_OPTIONS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: '', label: 'Never' },
];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A date for a table cell, or a word when there is none. */
export const formatDate = (iso: unknown, none = '—'): string => (iso ? dateFormat.format(new Date(String(iso))) : none);
