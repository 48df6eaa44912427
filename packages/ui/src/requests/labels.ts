import type { RequestStatus } from '@portal/graphql-types';
import type { BadgeTone } from '../components/badge';

/** The tone of a status badge: the requester's turn stands out. */
export const statusTone = (s: RequestStatus): BadgeTone =>
  s === 'WAITING_FOR_REQUESTER' ? 'warning' : s === 'RESOLVED' ? 'good' : 'neutral';

/** A form's name in the reader's language (English unless French). */
export const formName = (f: { nameEn: string; nameFr: string } | null | undefined, language: string, fallback = ''): string =>
  !f ? fallback : language.startsWith('fr') ? f.nameFr : f.nameEn;
