import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import {
  ConfirmTwoFactorEnrollmentDocument,
  StartTwoFactorEnrollmentDocument,
  type ConfirmTwoFactorEnrollmentMutation,
  type StartTwoFactorEnrollmentMutation,
} from '@portal/graphql-types';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../components/button';
import { FormAlert } from '../components/form-alert';
import { fieldError, otherErrors, unexpectedError } from '../components/form-errors';
import { Spinner } from '../components/spinner';
import { TextField } from '../components/text-field';
import type { FormError } from '../session/session-provider';
import { appCode, CHALLENGE_EXPIRED, CODE_HINT, groupSecret } from './codes';
import { useT } from '../i18n/i18n';

export type EnrollmentResult = ConfirmTwoFactorEnrollmentMutation['confirmTwoFactorEnrollment'];
type Setup = StartTwoFactorEnrollmentMutation['startTwoFactorEnrollment'];

export interface EnrollmentFormProps {
  /** From a sign-in that requires enrollment; omitted when signed in. */
  challengeToken?: string;
  /** The app is confirmed: the result holds the recovery codes (and, after a sign-in, the session). */
  onConfirmed: (result: EnrollmentResult) => void;
  /** The sign-in's challenge ran out: go back to the sign-in page with this message. */
  onExpired?: (message: string) => void;
}

const messageOf = (error: unknown) => unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined);

/** Sets up an authenticator app: QR code, setup key to type by hand, then a first code to confirm. */
export function EnrollmentForm({ challengeToken, onConfirmed, onExpired }: EnrollmentFormProps) {
  const t = useT();
  const client = useApolloClient();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  // Each start makes a new secret: start once (StrictMode runs effects twice in development).
  const started = useRef(false);

  const expired = (list: readonly FormError[]) => list.some((e) => e.code === 'INVALID_TOKEN');

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { data } = await client.mutate({
          mutation: StartTwoFactorEnrollmentDocument,
          variables: { input: { challengeToken } },
          fetchPolicy: 'no-cache',
        });
        const result = data?.startTwoFactorEnrollment;
        if (result && expired(result.userErrors) && onExpired) return onExpired(CHALLENGE_EXPIRED());
        if (result?.secret) setSetup(result);
        else setErrors(result?.userErrors.length ? result.userErrors : [unexpectedError()]);
      } catch (error) {
        setErrors([messageOf(error)]);
      }
    })();
  }, [client, challengeToken, onExpired]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const digits = appCode(code);
    if (!digits) {
      setErrors([{ field: ['input', 'code'], code: 'INVALID', message: t('Enter the 6-digit code from your authenticator app.') }]);
      codeInput.current?.focus();
      return;
    }
    setBusy(true);
    setErrors(null);
    try {
      const { data } = await client.mutate({
        mutation: ConfirmTwoFactorEnrollmentDocument,
        variables: { input: { challengeToken, code: digits } },
        fetchPolicy: 'no-cache',
      });
      const result = data?.confirmTwoFactorEnrollment;
      if (result && expired(result.userErrors) && onExpired) return onExpired(CHALLENGE_EXPIRED());
      if (result?.recoveryCodes && result.userErrors.length === 0) return onConfirmed(result);
      setErrors(result?.userErrors.length ? result.userErrors : [unexpectedError()]);
      codeInput.current?.focus();
    } catch (error) {
      setErrors([messageOf(error)]);
    }
    setBusy(false);
  }

  if (!setup) {
    return errors ? <FormAlert messages={errors.map((e) => e.message)} /> : <Spinner label={t('Preparing the setup…')} />;
  }

  return (
    <div className="enrollment">
      <ol className="steps">
        <li>{t('Install an authenticator app on your phone if you do not have one, such as Google Authenticator, Microsoft Authenticator or 1Password.')}</li>
        <li>
          {t('In the app, add an account and scan this QR code.')}
          {setup.qrCodeDataUrl && (
            <img
              className="qr-code"
              src={setup.qrCodeDataUrl}
              width={200}
              height={200}
              alt={t('QR code to scan with your authenticator app. If you cannot scan it, type the setup key below instead.')}
            />
          )}
          <dl className="setup-key">
            <dt>{t('Setup key (to type into the app instead)')}</dt>
            <dd>
              <code className="secret-key">{groupSecret(setup.secret ?? '')}</code>
            </dd>
          </dl>
          {setup.otpauthUrl && (
            <p>
              {t('Using this phone?')} <a href={setup.otpauthUrl}>{t('Open the setup in your authenticator app')}</a>.
            </p>
          )}
        </li>
        <li>{t('Enter the 6-digit code the app shows for this account.')}</li>
      </ol>
      <FormAlert messages={otherErrors(errors, ['code'])} />
      <form noValidate onSubmit={submit}>
        <TextField
          ref={codeInput}
          label={t('Authentication code')}
          hint={CODE_HINT()}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={fieldError(errors, 'code')}
        />
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? t('Checking the code…') : t('Verify code')}
        </Button>
      </form>
    </div>
  );
}
