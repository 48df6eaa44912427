import type { UserStatus } from '@portal/graphql-types';
import { LANGUAGES, type BadgeTone, type SelectOption, i18n } from '@portal/ui';

export const STATUS_LABEL: Record<UserStatus, string> = {
  get INVITED() {
    return i18n.t('Invited');
  },
  get ACTIVE() {
    return i18n.t('Active');
  },
  get DEACTIVATED() {
    return i18n.t('No access');
  },
};

export const STATUS_TONE: Record<UserStatus, BadgeTone> = {
  INVITED: 'warning',
  ACTIVE: 'good',
  DEACTIVATED: 'neutral',
};

/** The languages a person can be invited in: the portal's own list, each in its own words. */
export const LANGUAGE_OPTIONS: SelectOption[] = LANGUAGES.map((l) => ({ value: l.code, label: l.name }));

export interface Outcome {
  ok: boolean;
  message: string;
}
