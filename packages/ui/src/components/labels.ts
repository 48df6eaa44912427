import type { ChildStatus, Gender } from '@portal/graphql-types';
import { i18n } from '../i18n/i18n';

/** People-facing names for enum values, in the language shown (getters: read at render time). */
export const GENDER_LABEL: Record<Gender, string> = {
  get FEMALE() {
    return i18n.t('Female');
  },
  get MALE() {
    return i18n.t('Male');
  },
};

export const STATUS_LABEL: Record<ChildStatus, string> = {
  get ACTIVE() {
    return i18n.t('Sponsored');
  },
  get WAITING() {
    return i18n.t('Waiting for a sponsor');
  },
  get DEPARTED() {
    return i18n.t('Departed');
  },
};
