import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { InviteAccountPersonDocument, type AccountPersonRowFragment } from '@portal/graphql-types';
import { Button, currentLanguage, fieldError, FormAlert, otherErrors, SelectField, TextField, unexpectedError, type FormError, useT } from '@portal/ui';
import { useId, useState, type FormEvent } from 'react';
import { LANGUAGE_OPTIONS } from './labels';

const FIELDS = ['email', 'firstName', 'lastName', 'locale'];
const EMPTY = { email: '', firstName: '', lastName: '', locale: 'en' };
// A household usually shares a language: the invitation starts in the inviting sponsor's.
const blank = () => ({ ...EMPTY, locale: currentLanguage() });

/** "Invite someone to your account": a sponsor of the admin's own account (the API implies the account). */
export function InvitePersonForm({ accountName, onInvited }: { accountName: string; onInvited: (person: AccountPersonRowFragment) => void }) {
  const t = useT();
  const client = useApolloClient();
  const headingId = useId();
  const [values, setValues] = useState(blank);
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(null);
    try {
      const { data } = await client.mutate({
        mutation: InviteAccountPersonDocument,
        variables: {
          input: { email: values.email.trim(), firstName: values.firstName.trim(), lastName: values.lastName.trim(), role: 'SPONSOR', locale: values.locale },
        },
      });
      const payload = data?.inviteUser;
      if (payload?.user && payload.userErrors.length === 0) {
        setValues(blank());
        onInvited(payload.user);
      } else setErrors(payload?.userErrors.length ? payload.userErrors : [unexpectedError()]);
    } catch (error) {
      setErrors([unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined)]);
    }
    setBusy(false);
  }

  return (
    <section aria-labelledby={headingId} className="account-subsection">
      <h3 id={headingId}>{t('Invite someone to your account')}</h3>
      <p className="muted">{t('They receive an email with a link to set their password, then see the children of')} {accountName}{t('. The link works for 7 days.')}</p>
      <FormAlert messages={otherErrors(errors, FIELDS)} />
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          <TextField label={t('Email')} name="invite-email" type="email" autoComplete="off" required value={values.email} onChange={(e) => set('email')(e.target.value)} error={fieldError(errors, 'email')} />
          <TextField label={t('First name')} name="invite-first-name" autoComplete="off" required value={values.firstName} onChange={(e) => set('firstName')(e.target.value)} error={fieldError(errors, 'firstName')} />
          <TextField label={t('Last name')} name="invite-last-name" autoComplete="off" required value={values.lastName} onChange={(e) => set('lastName')(e.target.value)} error={fieldError(errors, 'lastName')} />
          <SelectField label={t('Language')} name="invite-locale" hint={t('Of the email and the portal.')} options={LANGUAGE_OPTIONS} value={values.locale} onChange={(e) => set('locale')(e.target.value)} error={fieldError(errors, 'locale')} />
        </div>
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? t('Sending invitation…') : t('Send invitation')}
        </Button>
      </form>
    </section>
  );
}
