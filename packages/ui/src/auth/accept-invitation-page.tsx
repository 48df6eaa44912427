import { useApolloClient } from '@apollo/client/react';
import { AcceptInvitationDocument } from '@portal/graphql-types';
import { usePortal } from '../components/portal-context';
import { Link } from '../router/router';
import { SetPasswordPage } from './set-password-page';
import { useT } from '../i18n/i18n';

/** The page an invitation email links to (/accept-invitation#token=…): set a password, then signed in. */
export function AcceptInvitationPage() {
  const t = useT();
  const client = useApolloClient();
  const { appName } = usePortal();
  return (
    <SetPasswordPage
      title={t('Welcome to {{appName}}', { appName })}
      intro={t('You have been invited. Choose a password to finish setting up your access; you will use it with your email address to sign in.')}
      submitLabel={t('Set password and sign in')}
      invalidLink={
        <>
          <p>{t('Invitations work once, for 7 days. Ask the person who invited you to send a new one.')}</p>
          <p className="auth-links">
            <Link to="">{t('Go to sign in')}</Link>
          </p>
        </>
      }
      onSubmit={async (token, password) => {
        const { data } = await client.mutate({ mutation: AcceptInvitationDocument, variables: { input: { token, password } }, fetchPolicy: 'no-cache' });
        return data?.acceptInvitation;
      }}
    />
  );
}
