import { screenLetter, type SafeguardingFlag } from '@portal/safeguarding';

/** Screens a text with the safeguarding check in the letter's language. */
export const screen = (text: string, language: string): SafeguardingFlag[] => screenLetter(text, language.startsWith('fr') ? 'fr' : 'en');
