import { useEffect, useId, useRef, useState } from 'react';
import { Badge } from '../components/badge';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { StatusMessage } from '../components/form-alert';
import { EnrollmentForm } from './enrollment-form';
import { RecoveryCodes } from './recovery-codes';
import { RegenerateCodesForm } from './regenerate-codes-form';
import { TurnOffForm } from './turn-off-form';
import { useT } from '../i18n/i18n';

type Step = { kind: 'idle' } | { kind: 'enrolling' } | { kind: 'codes'; codes: string[]; turnedOn: boolean };

export interface TwoFactorSectionProps {
  enabled: boolean;
  /** Reloads the account details after turning it on. */
  onChanged: () => void;
}

/** The account page's "Two-step verification": on or off; turn it on, get new recovery codes, or turn it off. */
export function TwoFactorSection({ enabled, onChanged }: TwoFactorSectionProps) {
  const t = useT();
  const headingId = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [status, setStatus] = useState<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  // Each new step replaces the button or form just used: move focus to its heading.
  useEffect(() => {
    if (step.kind !== 'idle') stepHeading.current?.focus();
  }, [step.kind]);

  function showCodes(codes: string[], turnedOn: boolean) {
    setStatus(null);
    setStep({ kind: 'codes', codes, turnedOn });
    if (turnedOn) onChanged();
  }

  function done() {
    setStatus(step.kind === 'codes' && step.turnedOn ? t('Two-step verification is on.') : t('Your new recovery codes are saved; the old ones no longer work.'));
    setStep({ kind: 'idle' });
  }

  return (
    <Card className="account-section">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('Two-step verification')}</h2>
        <p>
          {t('Status:')} {enabled ? <Badge tone="good">{t('On')}</Badge> : <Badge>{t('Off')}</Badge>}{' '}
          {enabled
            ? t('Signing in asks for your password and a code from your authenticator app.')
            : t('Signing in asks only for your password. Turn this on to also ask for a code from an app on your phone.')}
        </p>
        <StatusMessage message={status} />
        {step.kind === 'enrolling' && (
          <>
            <h3 ref={stepHeading} tabIndex={-1}>
              {t('Set up your authenticator app')}
            </h3>
            <EnrollmentForm onConfirmed={(r) => showCodes(r.recoveryCodes ?? [], true)} />
            <p>
              <Button variant="secondary" onClick={() => setStep({ kind: 'idle' })}>
                {t('Cancel')}
              </Button>
            </p>
          </>
        )}
        {step.kind === 'codes' && (
          <>
            <h3 ref={stepHeading} tabIndex={-1}>
              {t('Save your recovery codes')}
            </h3>
            <RecoveryCodes codes={step.codes} onContinue={done} />
          </>
        )}
        {step.kind === 'idle' && !enabled && (
          <Button
            onClick={() => {
              setStatus(null);
              setStep({ kind: 'enrolling' });
            }}
          >
            {t('Turn on')}
          </Button>
        )}
        {step.kind === 'idle' && enabled && (
          <>
            <RegenerateCodesForm onCodes={(codes) => showCodes(codes, false)} />
            <TurnOffForm />
          </>
        )}
      </section>
    </Card>
  );
}
