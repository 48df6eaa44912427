import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { RegenerateRecoveryCodesDocument } from '@portal/graphql-types';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../components/button';
import { FormAlert } from '../components/form-alert';
import { fieldError, otherErrors, unexpectedError } from '../components/form-errors';
import { TextField } from '../components/text-field';
import type { FormError } from '../session/session-provider';
import { appCode, recoveryCode } from './codes';
import { useT } from '../i18n/i18n';

/** Replaces the recovery codes (the old ones stop working), confirmed with a current code. */
export function RegenerateCodesForm({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const t = useT();
  const client = useApolloClient();
  const headingId = useId();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const value = appCode(code) ?? recoveryCode(code);
    if (!value) {
      setErrors([{ field: ['input', 'code'], code: 'INVALID', message: t('Enter the 6-digit code from your authenticator app.') }]);
      input.current?.focus();
      return;
    }
    setBusy(true);
    setErrors(null);
    try {
      const { data } = await client.mutate({ mutation: RegenerateRecoveryCodesDocument, variables: { input: { code: value } }, fetchPolicy: 'no-cache' });
      const result = data?.regenerateRecoveryCodes;
      if (result?.recoveryCodes && result.userErrors.length === 0) return onCodes(result.recoveryCodes);
      setErrors(result?.userErrors.length ? result.userErrors : [unexpectedError()]);
      input.current?.focus();
    } catch (error) {
      setErrors([unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined)]);
    }
    setBusy(false);
  }

  return (
    <section aria-labelledby={headingId} className="account-subsection">
      <h3 id={headingId}>{t('New recovery codes')}</h3>
      <p>{t('Used some of your recovery codes, or lost them? Get ten new ones: the old ones stop working.')}</p>
      <FormAlert messages={otherErrors(errors, ['code'])} />
      <form noValidate onSubmit={submit}>
        <TextField
          ref={input}
          label={t('Authentication code')}
          hint={t('The 6-digit code your authenticator app shows now.')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={fieldError(errors, 'code')}
        />
        <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
          {t('New recovery codes')}
        </Button>
      </form>
    </section>
  );
}
