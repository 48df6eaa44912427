import { useApolloClient } from '@apollo/client/react';
import { ResetPasswordDocument } from '@portal/graphql-types';
import { Link } from '../router/router';
import { SetPasswordPage } from './set-password-page';

/** The page a password reset email links to (/reset-password#token=…). */
export function ResetPasswordPage() {
  const client = useApolloClient();
  return (
    <SetPasswordPage
      title="Choose a new password"
      intro="Choose a new password. You will be signed in, and signed out on your other devices."
      submitLabel="Save password and sign in"
      invalidLink={
        <p className="auth-links">
          <Link to="forgot-password">Ask for a new reset link</Link>
        </p>
      }
      onSubmit={async (token, password) => {
        const { data } = await client.mutate({ mutation: ResetPasswordDocument, variables: { input: { token, password } }, fetchPolicy: 'no-cache' });
        return data?.resetPassword;
      }}
    />
  );
}
