import { en } from './en';
import { fr } from './fr';
import type { MailMessages } from './mail-messages';

export type { MailMessages } from './mail-messages';

/** English first: it is the fallback. A new language is one file here and one line below. */
export const mailCatalogues: Readonly<Record<string, MailMessages>> = { en, fr };

export const FALLBACK_LOCALE = 'en';
