import type { ReviewLetterFragment } from '@portal/graphql-types';
import { i18n } from '@portal/ui';

/** How a letter is named in messages: "the letter to Amani (KE-0001)". */
export function letterName(letter: ReviewLetterFragment): string {
  const child = letter.child ? `${letter.child.firstName} (${letter.child.code})` : i18n.t('a child');
  return letter.direction === 'CHILD_TO_SPONSOR' ? i18n.t('the reply from {{child}}', { child }) : i18n.t('the letter to {{child}}', { child });
}

/** The heading of a letter in the queue: who writes to whom. */
export function letterTitle(letter: ReviewLetterFragment): string {
  const child = letter.child ? `${letter.child.firstName} (${letter.child.code})` : i18n.t('a child');
  const sponsor = letter.sponsorFirstName;
  return letter.direction === 'CHILD_TO_SPONSOR' ? i18n.t('From {{child}} to {{sponsor}}', { child, sponsor }) : i18n.t('To {{child}} from {{sponsor}}', { child, sponsor });
}

/** A date and time for staff. */
export const formatDateTime = (value: unknown): string =>
  value ? new Date(String(value)).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
