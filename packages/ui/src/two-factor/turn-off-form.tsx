import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { DisableTwoFactorDocument } from '@portal/graphql-types';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../components/button';
import { FormAlert } from '../components/form-alert';
import { fieldError, otherErrors, unexpectedError } from '../components/form-errors';
import { TextField } from '../components/text-field';
import { useSession, type FormError } from '../session/session-provider';
import { useT } from '../i18n/i18n';
import { i18n } from '../i18n/i18n';

const TURNED_OFF = () => i18n.t('Two-step verification is off. You were signed out on every device: sign in again with your email and password.');

/** Turns two-step verification off with the password; the server then ends every session, this one too. */
export function TurnOffForm() {
  const t = useT();
  const client = useApolloClient();
  const { signOut } = useSession();
  const headingId = useId();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(null);
    try {
      const { data } = await client.mutate({ mutation: DisableTwoFactorDocument, variables: { input: { password } }, fetchPolicy: 'no-cache' });
      const result = data?.disableTwoFactor;
      if (result?.user && result.userErrors.length === 0) {
        // Every session has ended on the server: say so on the sign-in page rather than fail later.
        await signOut({ notice: TURNED_OFF() });
        return;
      }
      setErrors(result?.userErrors.length ? result.userErrors : [unexpectedError()]);
    } catch (error) {
      setErrors([unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined)]);
    }
    setBusy(false);
  }

  return (
    <section aria-labelledby={headingId} className="account-subsection">
      <h3 id={headingId}>{t('Turn off two-step verification')}</h3>
      <p>{t('Signing in will need only your password. You will be signed out on every device.')}</p>
      <FormAlert messages={otherErrors(errors, ['password'])} />
      <form noValidate onSubmit={submit}>
        <TextField
          label={t('Password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(errors, 'password')}
        />
        <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
          {t('Turn off')}
        </Button>
      </form>
    </section>
  );
}
