import { useApolloClient } from '@apollo/client/react';
import { ResetPasswordDocument } from '@portal/graphql-types';
import { Link } from '../router/router';
import { SetPasswordPage } from './set-password-page';
import { useT } from '../i18n/i18n';

/** The page a password reset email links to (/reset-password#token=…). */
export function ResetPasswordPage() {
  const t = useT();
  const client = useApolloClient();
  return (
    <SetPasswordPage
      title={t('Choose a new password')}
      intro={t('Choose a new password. You will be signed in, and signed out on your other devices.')}
      submitLabel={t('Save password and sign in')}
      invalidLink={
        <p className="auth-links">
          <Link to="forgot-password">{t('Ask for a new reset link')}</Link>
        </p>
      }
      onSubmit={async (token, password) => {
        const { data } = await client.mutate({ mutation: ResetPasswordDocument, variables: { input: { token, password } }, fetchPolicy: 'no-cache' });
        return data?.resetPassword;
      }}
    />
  );
}
