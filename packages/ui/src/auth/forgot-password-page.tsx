import { useApolloClient } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '@portal/graphql-types';
import { EmailRequestPage } from './email-request-page';
import { useT } from '../i18n/i18n';

/** Asks for a password reset link; the answer is the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const t = useT();
  const client = useApolloClient();
  return (
    <EmailRequestPage
      title={t('Reset your password')}
      intro={t('Enter the email address you sign in with. We will email you a link to choose a new password.')}
      submitLabel={t('Email me a reset link')}
      sentMessage={t('If the address is known, we sent a link to it. Check your inbox (and spam folder): the link works for 60 minutes.')}
      onRequest={async (email) => {
        await client.mutate({ mutation: RequestPasswordResetDocument, variables: { input: { email } }, fetchPolicy: 'no-cache' });
      }}
    />
  );
}
