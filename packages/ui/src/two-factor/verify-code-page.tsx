import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { VerifyTwoFactorDocument } from '@portal/graphql-types';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AuthFrame } from '../components/auth-frame';
import { Button } from '../components/button';
import { FormAlert } from '../components/form-alert';
import { fieldError, otherErrors, unexpectedError } from '../components/form-errors';
import { usePortal } from '../components/portal-context';
import { Spinner } from '../components/spinner';
import { TextField } from '../components/text-field';
import { useSession, type FormError } from '../session/session-provider';
import { appCode, CHALLENGE_EXPIRED, CODE_HINT, RECOVERY_HINT, recoveryCode } from './codes';
import { useT } from '../i18n/i18n';

/** The second sign-in step: a code from the authenticator app, or one of the saved recovery codes. */
export function VerifyCodePage({ challengeToken }: { challengeToken: string }) {
  const t = useT();
  const client = useApolloClient();
  const { appName } = usePortal();
  const { adoptSession, cancelTwoFactor } = useSession();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const switched = useRef(false);

  // After switching between app code and recovery code, the person carries on typing in the field.
  useEffect(() => {
    if (switched.current) input.current?.focus();
  }, [useRecovery]);

  function switchMode() {
    switched.current = true;
    setUseRecovery((r) => !r);
    setCode('');
    setErrors(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const value = useRecovery ? recoveryCode(code) : appCode(code);
    if (!value) {
      const message = useRecovery ? t('Enter a recovery code, like abcd-2345.') : t('Enter the 6-digit code from your authenticator app.');
      setErrors([{ field: ['input', 'code'], code: 'INVALID', message }]);
      input.current?.focus();
      return;
    }
    setBusy(true);
    setErrors(null);
    try {
      const { data } = await client.mutate({
        mutation: VerifyTwoFactorDocument,
        variables: { input: { challengeToken, code: value } },
        fetchPolicy: 'no-cache',
      });
      // On success the app's screens replace this page.
      const result = await adoptSession(data?.verifyTwoFactor);
      if (result.ok) return;
      if (result.errors.some((e) => e.code === 'INVALID_TOKEN')) return cancelTwoFactor(CHALLENGE_EXPIRED());
      setErrors(result.errors);
      input.current?.focus();
    } catch (error) {
      setErrors([unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined)]);
    }
    setBusy(false);
  }

  return (
    <AuthFrame title={t('Two-step verification')} focusHeading>
      <p>
        {useRecovery
          ? t('Enter one of the recovery codes you saved when you set up two-step verification.')
          : t('Open the authenticator app on your phone and enter the 6-digit code it shows for {{appName}}.', { appName })}
      </p>
      <FormAlert messages={otherErrors(errors, ['code'])} />
      <form noValidate onSubmit={submit}>
        <TextField
          key={useRecovery ? 'recovery' : 'app'}
          ref={input}
          label={useRecovery ? t('Recovery code') : t('Authentication code')}
          hint={useRecovery ? RECOVERY_HINT() : CODE_HINT()}
          name={useRecovery ? 'recovery-code' : 'code'}
          inputMode={useRecovery ? 'text' : 'numeric'}
          autoComplete={useRecovery ? 'off' : 'one-time-code'}
          autoCapitalize="none"
          spellCheck={false}
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={fieldError(errors, 'code')}
        />
        <Button type="submit" block aria-disabled={busy || undefined}>
          {t('Verify')}
        </Button>
        {busy && (
          <p>
            <Spinner label={t('Checking the code…')} />
          </p>
        )}
      </form>
      <p className="auth-links">
        <button type="button" className="link-button" onClick={switchMode}>
          {useRecovery ? t('Use your authenticator app instead') : t('Use a recovery code instead')}
        </button>
      </p>
      <p className="auth-links">
        <button type="button" className="link-button" onClick={() => cancelTwoFactor()}>
          {t('Back to sign in')}
        </button>
      </p>
    </AuthFrame>
  );
}
