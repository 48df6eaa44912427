import i18next, { type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

/**
 * The SPAs' translations (i18next + react-i18next). Keys are the English texts themselves
 * (`t('Letters to print')`, `t('Opened {{date}}', { date })`): English needs no catalogue, a missing
 * translation falls back to readable English, and a new screen is written once, in English.
 * Other languages are one message file each, mapping the English text to the translation.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: {} } },
  // English sentences contain ':' and '.', so neither may split keys.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The translate function of the current language: `const t = useT(); t('Save')`. */
export function useT(): TFunction {
  return useTranslation().t;
}
