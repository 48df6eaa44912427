import { useApolloClient } from '@apollo/client/react';
import { SignInWithMagicLinkDocument } from '@portal/graphql-types';
import { useEffect, useRef, useState } from 'react';
import { AuthFrame } from '../components/auth-frame';
import { Spinner } from '../components/spinner';
import { useFragmentToken } from '../hooks/use-fragment-token';
import { Link, useRouter } from '../router/router';
import { useSession } from '../session/session-provider';
import { useT } from '../i18n/i18n';
import { i18n } from '../i18n/i18n';

const EXPIRED = () => i18n.t('This sign-in link is invalid or has expired. Links work once, for 15 minutes.');

/** The page a sign-in email links to (/magic-link#token=…): signs in at once, or explains why not. */
export function MagicLinkPage() {
  const t = useT();
  const token = useFragmentToken();
  const client = useApolloClient();
  const { state, adoptSession } = useSession();
  const { navigate } = useRouter();
  const [problem, setProblem] = useState<string | null>(token ? null : EXPIRED());
  // The token works once: never send it twice (StrictMode runs effects twice in development).
  const sent = useRef(false);
  const ready = state.status !== 'loading';

  useEffect(() => {
    if (!token || !ready || sent.current) return;
    sent.current = true;
    void (async () => {
      try {
        const { data } = await client.mutate({ mutation: SignInWithMagicLinkDocument, variables: { input: { token } }, fetchPolicy: 'no-cache' });
        const result = await adoptSession(data?.signInWithMagicLink);
        if (result.ok) navigate('');
        else setProblem(result.errors.some((e) => e.code === 'INVALID_TOKEN') ? EXPIRED() : (result.errors[0]?.message ?? EXPIRED()));
      } catch {
        setProblem(t('We could not reach the server. Check your connection, then open the link again.'));
      }
    })();
  }, [token, ready, client, adoptSession, navigate]);

  return (
    <AuthFrame title={t('Sign in with a link')}>
      {!problem && <Spinner label={t('Signing you in…')} />}
      {problem && (
        <>
          <div role="alert" className="alert">
            <p>{problem}</p>
          </div>
          <p className="auth-links">
            <Link to="sign-in-link">{t('Email me a new sign-in link')}</Link>
          </p>
          <p className="auth-links">
            <Link to="">{t('Sign in with your password')}</Link>
          </p>
        </>
      )}
    </AuthFrame>
  );
}
