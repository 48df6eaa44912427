import { useMutation } from '@apollo/client/react';
import { SetMyLocaleDocument } from '@portal/graphql-types';
import { useState } from 'react';
import { Button } from '../components/button';
import { FormAlert } from '../components/form-alert';
import { SelectField } from '../components/select-field';
import { applyLanguage, currentLanguage, LANGUAGES, useT } from './i18n';

const OPTIONS = LANGUAGES.map((l) => ({ value: l.code, label: l.name }));

/**
 * The "Language" setting of the account screen: saves the person's own `locale` on the server
 * (portal, emails and notifications follow it) and shows the portal in it at once.
 */
export function LanguagePicker({ locale }: { locale: string }) {
  const t = useT();
  const [choice, setChoice] = useState(locale);
  const [errors, setErrors] = useState<string[]>([]);
  const [save, saving] = useMutation(SetMyLocaleDocument);

  const submit = async () => {
    setErrors([]);
    try {
      const { data } = await save({ variables: { input: { locale: choice } } });
      const payload = data?.setMyLocale;
      if (payload?.user) applyLanguage(payload.user.locale);
      else setErrors(payload?.userErrors.map((e) => e.message) ?? [t('Something went wrong. Check your connection and try again.')]);
    } catch {
      setErrors([t('We could not save your language. Check your connection and try again.')]);
    }
  };

  return (
    // Not a labelled region, and no field named "Language": the account screen's invite form has that one.
    <section className="card">
      <h2>{t('Language')}</h2>
      <p className="muted">{t('The portal, our emails and your notifications use this language.')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormAlert messages={errors} />
        <SelectField label={t('Show the portal in')} name="locale" options={OPTIONS} value={choice} onChange={(e) => setChoice(e.target.value)} />
        <Button type="submit" aria-disabled={saving.loading || undefined}>
          {t('Save language')}
        </Button>
      </form>
    </section>
  );
}

/** A small language switcher for the pages before signing in; the choice is remembered on this device. */
export function LanguageSwitcher() {
  const t = useT();
  const current = currentLanguage();
  return (
    <nav className="language-switcher" aria-label={t('Language')}>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <button type="button" className="link-button" lang={l.code} aria-pressed={l.code === current} onClick={() => applyLanguage(l.code)}>
              {l.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
