import type { ChildStatus, Gender } from '@portal/graphql-types';

/** People-facing names for enum values. */
export const GENDER_LABEL: Record<Gender, string> = { FEMALE: 'Female', MALE: 'Male' };

export const STATUS_LABEL: Record<ChildStatus, string> = {
  ACTIVE: 'Sponsored',
  WAITING: 'Waiting for a sponsor',
  DEPARTED: 'Departed',
};
