import type { LetterActor, LetterStatus, SponsorLetterRowFragment } from '@portal/graphql-types';
import type { BadgeTone } from '@portal/ui';

/** Letter states in a sponsor's words. */
export const STATUS_LABEL: Record<LetterStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Sent for review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
  PRINTED: 'Printed',
  DELIVERED: 'Delivered',
  REJECTED: 'Not approved',
};

/** Who must act next, as the sponsor reads it. */
export const NEXT_ACTOR_LABEL: Record<LetterActor, string> = {
  SPONSOR: 'You',
  STAFF: 'Our review team',
  PARTNER: 'The local partner',
  NOBODY: 'Nobody: all done',
};

export const LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French' },
] as const;

/** The status word of a row; a reply from a child reads "New" until opened. */
export function statusOf(letter: SponsorLetterRowFragment): { label: string; tone: BadgeTone } {
  if (letter.direction === 'CHILD_TO_SPONSOR') return letter.firstReadAt ? { label: 'Read', tone: 'neutral' } : { label: 'New', tone: 'good' };
  const tone: BadgeTone =
    letter.status === 'CHANGES_REQUESTED' ? 'warning' : letter.status === 'REJECTED' ? 'danger' : letter.status === 'DELIVERED' ? 'good' : 'neutral';
  return { label: STATUS_LABEL[letter.status], tone };
}

/** A date for people, e.g. "25 Nov 2026". */
export const formatDate = (value: unknown): string =>
  new Date(String(value)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
