import i18next, { type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';

/**
 * The SPAs' translations (i18next + react-i18next). Keys are the English texts themselves
 * (`t('Letters to print')`, `t('Opened {{date}}', { date })`): English needs no catalogue, a missing
 * translation falls back to readable English, and a new screen is written once, in English.
 * Other languages are one message file each, mapping the English text to the translation
 * (see README.md next to this file).
 */

/** The languages the portal speaks, English (the fallback) first; `name` is what the language calls itself. */
export const LANGUAGES = [
  { code: 'en', name: 'English', messages: en },
  { code: 'fr', name: 'Français', messages: fr },
] as const satisfies readonly { code: string; name: string; messages: Record<string, string> }[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const FALLBACK: LanguageCode = 'en';
/** The choice made before signing in (switcher on the sign-in page), remembered on this device. */
const STORAGE_KEY = 'portal.language';

/** The first supported language among `wanted` ("fr-CA" → "fr"), else English. */
export function pickLanguage(wanted: readonly (string | null | undefined)[]): LanguageCode {
  for (const tag of wanted) {
    const base = tag?.toLowerCase().split('-')[0];
    const found = LANGUAGES.find((l) => l.code === base);
    if (found) return found.code;
  }
  return FALLBACK;
}

function remembered(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: pickLanguage([remembered(), ...browserLanguages()]),
  fallbackLng: FALLBACK,
  supportedLngs: LANGUAGES.map((l) => l.code),
  resources: Object.fromEntries(LANGUAGES.map((l) => [l.code, { translation: l.messages }])),
  // English sentences contain ':' and '.', so neither may split keys.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const markDocument = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
markDocument(i18n.language);
i18n.on('languageChanged', markDocument);

/** The language shown now ("en", "fr"). */
export const currentLanguage = (): LanguageCode => pickLanguage([i18n.language]);

/**
 * Shows the portal in `language` (a supported one, else English) and remembers it on this device,
 * so the sign-in page speaks it too next time. The signed-in person's own choice is saved on the
 * server (`setMyLocale`) and applied again on every sign-in.
 */
export function applyLanguage(language: string | null | undefined): void {
  const code = pickLanguage([language]);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (i18n.language !== code) void i18n.changeLanguage(code);
}

/** The translate function of the current language: `const t = useT(); t('Save')`. */
export function useT(): TFunction {
  return useTranslation().t;
}
