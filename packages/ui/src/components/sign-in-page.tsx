import { useId, useState, type FormEvent } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title';
import type { FormError, SignInResult } from '../session/session-provider';
import { Button } from './button';
import { Card } from './card';
import { Logo } from './logo';
import { usePortal } from './portal-context';
import { Spinner } from './spinner';
import { TextField } from './text-field';

export interface SignInPageProps {
  onSignIn: (email: string, password: string) => Promise<SignInResult>;
  /** A message to show before any attempt, e.g. "Your session has ended". */
  notice?: string | null;
}

const fieldOf = (error: FormError) => error.field?.[error.field.length - 1] ?? null;

/** Email and password form; problems are listed in a live region and the fields at fault marked invalid. */
export function SignInPage({ onSignIn, notice }: SignInPageProps) {
  const { appName, logoUrl } = usePortal();
  const alertId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle('Sign in', appName);

  const messages = errors ? errors.map((e) => e.message) : notice ? [notice] : [];
  const invalid = (name: string) => errors?.some((e) => fieldOf(e) === name) ?? false;

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
    <main id="main" className="signin">
      <p className="signin-brand">
        <Logo url={logoUrl} />
        <span>{appName}</span>
      </p>
      <Card>
        <h1>Sign in</h1>
        <div id={alertId} role="alert" className="alert">
          {messages.length === 1 && <p>{messages[0]}</p>}
          {messages.length > 1 && (
            <ul>
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
        <form noValidate onSubmit={submit}>
          <TextField
            label="Email"
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
            label="Password"
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
            Sign in
          </Button>
          {busy && (
            <p>
              <Spinner label="Signing in…" />
            </p>
          )}
        </form>
      </Card>
    </main>
  );
}
