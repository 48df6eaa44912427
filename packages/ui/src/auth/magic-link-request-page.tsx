import { useApolloClient } from '@apollo/client/react';
import { RequestMagicLinkDocument } from '@portal/graphql-types';
import { EmailRequestPage } from './email-request-page';
import { useT } from '../i18n/i18n';

/** Asks for a sign-in link by email (sponsors); the answer never tells whether the address is known. */
export function MagicLinkRequestPage() {
  const t = useT();
  const client = useApolloClient();
  return (
    <EmailRequestPage
      title={t('Email me a sign-in link')}
      intro={t('No need to remember a password: we email you a link that signs you in.')}
      submitLabel={t('Email me a link')}
      sentMessage={t('If the address is known, we sent a sign-in link to it. Check your inbox (and spam folder): the link works once, for 15 minutes.')}
      onRequest={async (email) => {
        await client.mutate({ mutation: RequestMagicLinkDocument, variables: { input: { email } }, fetchPolicy: 'no-cache' });
      }}
    />
  );
}
