import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { ChangePasswordDocument } from '@portal/graphql-types';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { FormAlert, StatusMessage } from '../components/form-alert';
import { fieldError, otherErrors, unexpectedError } from '../components/form-errors';
import { TextField } from '../components/text-field';
import { useSession, type FormError } from '../session/session-provider';
import { MISMATCH, NewPasswordFields } from './new-password-fields';
import { useT } from '../i18n/i18n';

const FIELDS = ['currentPassword', 'newPassword', 'confirm'];

/** Current, new and confirmed password; on success this device keeps a fresh session, others end. */
export function ChangePasswordForm() {
  const t = useT();
  const client = useApolloClient();
  const { adoptSession } = useSession();
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    if (next !== confirm) {
      setErrors([{ field: ['confirm'], code: 'INVALID', message: MISMATCH() }]);
      return;
    }
    setBusy(true);
    setErrors(null);
    try {
      const { data } = await client.mutate({
        mutation: ChangePasswordDocument,
        variables: { input: { currentPassword: current, newPassword: next } },
        fetchPolicy: 'no-cache',
      });
      // The old session is gone: carry on with the one this answer started.
      const result = await adoptSession(data?.changePassword, { keepCache: true });
      if (result.ok) {
        setCurrent('');
        setNext('');
        setConfirm('');
        setDone(true);
      } else setErrors(result.errors);
    } catch (error) {
      setErrors([unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined)]);
    }
    setBusy(false);
  }

  return (
    <Card className="account-section">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('Change password')}</h2>
        <FormAlert messages={otherErrors(errors, FIELDS)} />
        <StatusMessage message={done ? t('Your password has been changed. You were signed out on your other devices.') : null} />
        <form noValidate onSubmit={submit}>
          <TextField
            label={t('Current password')}
            name="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            error={fieldError(errors, 'currentPassword')}
          />
          <NewPasswordFields
            password={next}
            confirm={confirm}
            onPasswordChange={setNext}
            onConfirmChange={setConfirm}
            passwordError={fieldError(errors, 'newPassword')}
            confirmError={fieldError(errors, 'confirm')}
          />
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('Changing password…') : t('Change password')}
          </Button>
        </form>
      </section>
    </Card>
  );
}
