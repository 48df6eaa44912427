import { CombinedGraphQLErrors } from '@apollo/client';
import type { SessionFieldsFragment } from '@portal/graphql-types';
import { useState, type FormEvent, type ReactNode } from 'react';
import { AuthFrame } from '../components/auth-frame';
import { Button } from '../components/button';
import { FormAlert } from '../components/form-alert';
import { fieldError, otherErrors, unexpectedError } from '../components/form-errors';
import { Spinner } from '../components/spinner';
import { useFragmentToken } from '../hooks/use-fragment-token';
import { useRouter } from '../router/router';
import { useSession, type FormError } from '../session/session-provider';
import { MISMATCH, NewPasswordFields } from './new-password-fields';
import { useT } from '../i18n/i18n';

export interface SetPasswordPageProps {
  title: string;
  intro: ReactNode;
  submitLabel: string;
  /** Shown when the link has no token or the token is refused, with a way forward. */
  invalidLink: ReactNode;
  /** Calls the API with the link's token; resolves with the session payload. */
  onSubmit: (token: string, password: string) => Promise<SessionFieldsFragment | null | undefined>;
}

/** Sets a password from an emailed link (invitation or reset), then signs in and goes home. */
export function SetPasswordPage({ title, intro, submitLabel, invalidLink, onSubmit }: SetPasswordPageProps) {
  const t = useT();
  const token = useFragmentToken();
  const { state, adoptSession } = useSession();
  const { navigate } = useRouter();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const linkRefused = !token || (errors?.some((e) => e.code === 'INVALID_TOKEN') ?? false);
  // Wait for the restore-on-load to finish: its cookie must not replace the one this sign-in sets.
  const ready = state.status !== 'loading';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !ready || !token) return;
    if (password !== confirm) {
      setErrors([{ field: ['input', 'confirm'], code: 'INVALID', message: MISMATCH() }]);
      return;
    }
    setBusy(true);
    setErrors(null);
    try {
      const result = await adoptSession(await onSubmit(token, password));
      if (result.ok) return navigate('');
      setErrors(result.errors);
    } catch (error) {
      setErrors([unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined)]);
    }
    setBusy(false);
  }

  if (linkRefused) {
    return (
      <AuthFrame title={title}>
        <div role="alert" className="alert">
          <p>{errors ? otherErrors(errors, [])[0] : t('This link is incomplete. Open it again from your email.')}</p>
        </div>
        {invalidLink}
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={title}>
      <p>{intro}</p>
      <FormAlert messages={otherErrors(errors, ['password', 'confirm'])} />
      <form noValidate onSubmit={submit}>
        <NewPasswordFields
          label={t('Password')}
          password={password}
          confirm={confirm}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
          passwordError={fieldError(errors, 'password')}
          confirmError={fieldError(errors, 'confirm')}
        />
        {/* Really disabled until the session check on load is done: a click then would be lost. */}
        <Button type="submit" block disabled={!ready} aria-disabled={busy || undefined}>
          {submitLabel}
        </Button>
        {busy && (
          <p>
            <Spinner label={t('Saving your password…')} />
          </p>
        )}
      </form>
    </AuthFrame>
  );
}
