import type { ReviewLetterFragment } from '@portal/graphql-types';

/** How a letter is named in messages: "the letter to Amani (KE-0001)". */
export function letterName(letter: ReviewLetterFragment): string {
  const child = letter.child ? `${letter.child.firstName} (${letter.child.code})` : 'a child';
  return letter.direction === 'CHILD_TO_SPONSOR' ? `the reply from ${child}` : `the letter to ${child}`;
}

/** The heading of a letter in the queue: who writes to whom. */
export function letterTitle(letter: ReviewLetterFragment): string {
  const child = letter.child ? `${letter.child.firstName} (${letter.child.code})` : 'a child';
  return letter.direction === 'CHILD_TO_SPONSOR' ? `From ${child} to ${letter.sponsorFirstName}` : `To ${child} from ${letter.sponsorFirstName}`;
}

/** A date and time for staff. */
export const formatDateTime = (value: unknown): string =>
  value ? new Date(String(value)).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
