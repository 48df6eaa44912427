import type { LetterActor, LetterStatus, SponsorLetterRowFragment } from '@portal/graphql-types';
import type { BadgeTone } from '@portal/ui';
import { i18n } from '@portal/ui';

/** Letter states in a sponsor's words. */
export const STATUS_LABEL: Record<LetterStatus, string> = {
  get DRAFT() {
    return i18n.t('Draft');
  },
  get SUBMITTED() {
    return i18n.t('Sent for review');
  },
  get CHANGES_REQUESTED() {
    return i18n.t('Changes requested');
  },
  get APPROVED() {
    return i18n.t('Approved');
  },
  get PRINTED() {
    return i18n.t('Printed');
  },
  get DELIVERED() {
    return i18n.t('Delivered');
  },
  get REJECTED() {
    return i18n.t('Not approved');
  },
};

/** Who must act next, as the sponsor reads it. */
export const NEXT_ACTOR_LABEL: Record<LetterActor, string> = {
  get SPONSOR() {
    return i18n.t('You');
  },
  get STAFF() {
    return i18n.t('Our review team');
  },
  get PARTNER() {
    return i18n.t('The local partner');
  },
  get NOBODY() {
    return i18n.t('Nobody: all done');
  },
};

export const LANGUAGE_OPTIONS = [
  { value: 'en', get label() {
    return i18n.t('English');
  } },
  { value: 'fr', get label() {
    return i18n.t('French');
  } },
] as const;

/** The status word of a row; a reply from a child reads "New" until opened. */
export function statusOf(letter: SponsorLetterRowFragment): { label: string; tone: BadgeTone } {
  if (letter.direction === 'CHILD_TO_SPONSOR') return letter.firstReadAt ? { label: i18n.t('Read'), tone: 'neutral' } : { label: i18n.t('New'), tone: 'good' };
  const tone: BadgeTone =
    letter.status === 'CHANGES_REQUESTED' ? 'warning' : letter.status === 'REJECTED' ? 'danger' : letter.status === 'DELIVERED' ? 'good' : 'neutral';
  return { label: STATUS_LABEL[letter.status], tone };
}

/** A date for people in their language, e.g. "25 Nov 2026". */
export { formatDay as formatDate } from '@portal/ui';
