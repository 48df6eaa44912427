import fs from 'node:fs';
import path from 'node:path';
import { mailCatalogues } from '@portal/mail';
import { LOCALES_DIR, placeholders, PLURAL_SUFFIX, readCatalogue, REPO_ROOT, scanSpaTexts } from './spa-texts';

// The SPAs' message files (packages/ui/src/i18n/locales/<code>.json) map the English text, which is
// the key, to the translation. This test keeps every file in step with the sources: nothing
// missing, nothing stale, the same {{placeholders}}, and no visible text that skipped t().
const texts = scanSpaTexts();
const keys = new Set(texts.uses.map((u) => u.key));
const pluralKeys = new Set(texts.uses.filter((u) => u.plural).map((u) => u.key));
const languageFiles = fs.readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const translations = languageFiles.filter((code) => code !== 'en');
const i18nSource = fs.readFileSync(path.join(REPO_ROOT, 'packages/ui/src/i18n/i18n.ts'), 'utf8');
const listed = [...i18nSource.matchAll(/\{ code: '([a-z-]+)', name: '[^']+', messages: (\w+) \}/g)].map((m) => m[1]);

describe('the SPA texts', () => {
  it('are found in the sources', () => {
    expect(keys.size).toBeGreaterThan(500);
    expect(keys).toContain('Sign in');
    expect(pluralKeys).toContain('Showing {{shown}} of {{count}} children');
  });

  it('all go through t() with a literal English text', () => {
    expect(texts.dynamic).toEqual([]);
    expect(texts.untranslated).toEqual([]);
  });
});

describe('the language list', () => {
  it('has one message file per language, and the same languages as the emails', () => {
    expect(listed.sort()).toEqual(languageFiles.sort());
    expect(listed.sort()).toEqual(Object.keys(mailCatalogues).sort());
  });
});

describe('English (the keys)', () => {
  const en = readCatalogue('en');
  it('only adds singular forms of counted texts', () => {
    for (const [key, value] of Object.entries(en)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      expect({ key, counted: pluralKeys.has(base), suffixed: base !== key }).toEqual({ key, counted: true, suffixed: true });
      expect(placeholders(value).every((p) => placeholders(base).includes(p))).toBe(true);
    }
  });
});

describe.each(translations)('the %s message file', (code) => {
  const catalogue = readCatalogue(code);

  it('translates every text of the SPAs', () => {
    const missing = [...keys].filter((k) => typeof catalogue[k] !== 'string' || catalogue[k].trim() === '');
    expect(missing).toEqual([]);
  });

  it('has no stale entries', () => {
    const stale = Object.keys(catalogue).filter((k) => {
      const base = k.replace(PLURAL_SUFFIX, '');
      return base === k ? !keys.has(k) : !pluralKeys.has(base);
    });
    expect(stale).toEqual([]);
  });

  it('keeps the placeholders of each English text', () => {
    const wrong = Object.entries(catalogue)
      .filter(([key, value]) => {
        const base = key.replace(PLURAL_SUFFIX, '');
        // A plural form may leave out {{count}} ("une lettre"), never add one.
        return base === key ? placeholders(value).join() !== placeholders(key).join() : !placeholders(value).every((p) => placeholders(base).includes(p));
      })
      .map(([key, value]) => `${key} → ${value}`);
    expect(wrong).toEqual([]);
  });
});
