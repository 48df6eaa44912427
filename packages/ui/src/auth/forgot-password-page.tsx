import { useApolloClient } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '@portal/graphql-types';
import { EmailRequestPage } from './email-request-page';

/** Asks for a password reset link; the answer is the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const client = useApolloClient();
  return (
    <EmailRequestPage
      title="Reset your password"
      intro="Enter the email address you sign in with. We will email you a link to choose a new password."
      submitLabel="Email me a reset link"
      sentMessage="If the address is known, we sent a link to it. Check your inbox (and spam folder): the link works for 60 minutes."
      onRequest={async (email) => {
        await client.mutate({ mutation: RequestPasswordResetDocument, variables: { input: { email } }, fetchPolicy: 'no-cache' });
      }}
    />
  );
}
