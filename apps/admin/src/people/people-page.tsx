import { Page, StatusMessage, useSession, FormAlert, useT } from '@portal/ui';
import { useApolloClient } from '@apollo/client/react';
import { AdminPeopleDocument } from '@portal/graphql-types';
import { useState } from 'react';
import { InviteForm } from './invite-form';
import { PeopleList } from './people-list';
import type { ActionOutcome } from './person-actions';

/** People: invite someone, then find people and manage their access. */
export function PeoplePage() {
  const t = useT();
  const { state } = useSession();
  const client = useApolloClient();
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  if (state.status !== 'signedIn') return null;
  const viewer = state.user;

  return (
    <Page title={t('People')} intro={t('Everyone with access to the portals: invite people, resend invitations and remove access.')}>
      <StatusMessage message={outcome?.ok ? outcome.message : null} />
      <FormAlert messages={outcome && !outcome.ok ? [outcome.message] : []} />
      <InviteForm
        viewerRole={viewer.role}
        onInvited={(person) => {
          setOutcome({ ok: true, message: t('Invitation sent to {{email}}.', { email: person.email }) });
          void client.refetchQueries({ include: [AdminPeopleDocument] });
        }}
      />
      <div className="section-heading">
        <h2>{t('Everyone')}</h2>
      </div>
      <PeopleList viewerId={viewer.id} canChangeRole={viewer.role === 'STAFF_ADMIN'} onOutcome={setOutcome} />
    </Page>
  );
}
