import { useId, useState, type FormEvent } from 'react';
import { AUTH_PATHS } from '../auth/public-pages';
import { Link } from '../router/router';
import type { FormError, SignInResult } from '../session/session-provider';
import { AuthFrame } from './auth-frame';
import { Button } from './button';
import { errorField } from './form-errors';
import { FormAlert } from './form-alert';
import { Spinner } from './spinner';
import { TextField } from './text-field';
import { useT } from '../i18n/i18n';

export interface SignInPageProps {
  onSignIn: (email: string, password: string) => Promise<SignInResult>;
  /** A message to show before any attempt, e.g. "Your session has ended". */
  notice?: string | null;
  /** Offers "Email me a sign-in link" (sponsors). */
  magicLinks?: boolean;
}

/** Email and password form; problems are listed in a live region and the fields at fault marked invalid. */
export function SignInPage({ onSignIn, notice, magicLinks = false }: SignInPageProps) {
  const t = useT();
  const alertId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);

  const messages = errors ? errors.map((e) => e.message) : notice ? [notice] : [];
  const invalid = (name: string) => errors?.some((e) => errorField(e) === name) ?? false;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(null);
    const result = await onSignIn(email.trim(), password);
    if (!result.ok) {
      setErrors(result.errors);
      setBusy(false);
    }
  }

  return (
    <AuthFrame title={t('Sign in')}>
      <FormAlert id={alertId} messages={messages} />
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
          aria-invalid={invalid('email') || undefined}
          describedBy={invalid('email') ? alertId : undefined}
        />
        <TextField
          label={t('Password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={invalid('password') || undefined}
          describedBy={invalid('password') ? alertId : undefined}
        />
        <Button type="submit" block aria-disabled={busy || undefined}>
          {t('Sign in')}
        </Button>
        {busy && (
          <p>
            <Spinner label={t('Signing in…')} />
          </p>
        )}
      </form>
      <p className="auth-links">
        <Link to={AUTH_PATHS.forgotPassword}>{t('Forgot your password?')}</Link>
      </p>
      {magicLinks && (
        <p className="auth-links">
          {t('No password?')} <Link to={AUTH_PATHS.magicLinkRequest}>{t('Email me a sign-in link')}</Link>
        </p>
      )}
    </AuthFrame>
  );
}
