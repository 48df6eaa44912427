import { useState, type FormEvent, type ReactNode } from 'react';
import { AuthFrame } from '../components/auth-frame';
import { Button } from '../components/button';
import { FormAlert, StatusMessage } from '../components/form-alert';
import { Spinner } from '../components/spinner';
import { TextField } from '../components/text-field';
import { Link } from '../router/router';
import { useT } from '../i18n/i18n';

export interface EmailRequestPageProps {
  title: string;
  intro: ReactNode;
  submitLabel: string;
  /** The same words whatever the address, so the page never tells whether it is known. */
  sentMessage: string;
  /** Sends the request; throws when the server could not be reached. */
  onRequest: (email: string) => Promise<void>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One email field that asks the server to email a link (password reset, sign-in link). */
export function EmailRequestPage({ title, intro, submitLabel, sentMessage, onRequest }: EmailRequestPageProps) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const value = email.trim();
    setFailure(null);
    setSent(false);
    if (!EMAIL.test(value)) {
      setEmailError(t('Enter your email address, like name@example.org.'));
      return;
    }
    setEmailError(null);
    setBusy(true);
    try {
      await onRequest(value);
      setSent(true);
    } catch {
      setFailure(t('We could not reach the server. Check your connection and try again.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame title={title}>
      <p>{intro}</p>
      <FormAlert messages={failure ? [failure] : []} />
      <StatusMessage message={sent ? sentMessage : null} />
      <form noValidate onSubmit={submit}>
        <TextField
          label={t('Email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError}
        />
        <Button type="submit" block aria-disabled={busy || undefined}>
          {submitLabel}
        </Button>
        {busy && (
          <p>
            <Spinner label={t('Sending…')} />
          </p>
        )}
      </form>
      <p className="auth-links">
        <Link to="">{t('Back to sign in')}</Link>
      </p>
    </AuthFrame>
  );
}
