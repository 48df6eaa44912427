import type { UserStatus } from '@portal/graphql-types';
import type { BadgeTone, SelectOption } from '@portal/ui';

export const STATUS_LABEL: Record<UserStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DEACTIVATED: 'No access',
};

export const STATUS_TONE: Record<UserStatus, BadgeTone> = {
  INVITED: 'warning',
  ACTIVE: 'good',
  DEACTIVATED: 'neutral',
};

export const LANGUAGE_OPTIONS: SelectOption[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French (français)' },
];

export interface Outcome {
  ok: boolean;
  message: string;
}
