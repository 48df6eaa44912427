import { useCallback, useState } from 'react';
import { AuthFrame } from '../components/auth-frame';
import { FormAlert } from '../components/form-alert';
import { useSession, type FormError } from '../session/session-provider';
import { EnrollmentForm, type EnrollmentResult } from './enrollment-form';
import { RecoveryCodes } from './recovery-codes';
import { useT } from '../i18n/i18n';

/**
 * The first sign-in of someone who must use two-step verification (staff): set up an app, save the
 * recovery codes, then the session the confirmation returned starts.
 */
export function SetupPage({ challengeToken }: { challengeToken: string }) {
  const t = useT();
  const { adoptSession, cancelTwoFactor } = useSession();
  const [result, setResult] = useState<EnrollmentResult | null>(null);
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const expired = useCallback((message: string) => cancelTwoFactor(message), [cancelTwoFactor]);

  async function finish() {
    if (busy || !result) return;
    setBusy(true);
    const outcome = await adoptSession(result);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      setBusy(false);
    }
  }

  if (result?.recoveryCodes) {
    return (
      <AuthFrame key="codes" title={t('Save your recovery codes')} focusHeading>
        <p>{t('Two-step verification is on.')}</p>
        <FormAlert messages={errors?.map((e) => e.message) ?? []} />
        <RecoveryCodes codes={result.recoveryCodes} onContinue={() => void finish()} busy={busy} />
      </AuthFrame>
    );
  }

  return (
    <AuthFrame key="setup" title={t('Set up two-step verification')} focusHeading>
      <p>
        {t('Your account needs two-step verification: each time you sign in, you enter your password and a code from an authenticator app on your phone. Setting it up takes about two minutes.')}
      </p>
      <EnrollmentForm challengeToken={challengeToken} onConfirmed={setResult} onExpired={expired} />
      <p className="auth-links">
        <button type="button" className="link-button" onClick={() => cancelTwoFactor()}>
          {t('Back to sign in')}
        </button>
      </p>
    </AuthFrame>
  );
}
