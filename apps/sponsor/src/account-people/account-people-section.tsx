import { useApolloClient, useQuery } from '@apollo/client/react';
import { AccountAdminCheckDocument, AccountPeopleDocument } from '@portal/graphql-types';
import { Card, FormAlert, StatusMessage, useT } from '@portal/ui';
import { useId, useState } from 'react';
import { AccountPeopleList } from './account-people-list';
import { InvitePersonForm } from './invite-person-form';
import type { Outcome } from './labels';

/** "People in your account", for account admins only: invite, resend invitations, remove access. */
export function AccountPeopleSection() {
  const t = useT();
  const client = useApolloClient();
  const headingId = useId();
  const { data } = useQuery(AccountAdminCheckDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const me = data?.me;
  if (!me?.isAccountAdmin || !me.account) return null;
  const refresh = () => void client.refetchQueries({ include: [AccountPeopleDocument] });

  return (
    <Card className="account-section">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('People in your account')}</h2>
        <p>{t('As the admin of {{account}}, you decide who else can sign in and see your sponsored children.', { account: me.account.name })}</p>
        <StatusMessage message={outcome?.ok ? outcome.message : null} />
        <FormAlert messages={outcome && !outcome.ok ? [outcome.message] : []} />
        <AccountPeopleList
          viewerId={me.id}
          onOutcome={(o) => {
            setOutcome(o);
            if (o.ok) refresh();
          }}
        />
        <InvitePersonForm
          accountName={me.account.name}
          onInvited={(person) => {
            setOutcome({ ok: true, message: t('Invitation sent to {{email}}.', { email: person.email }) });
            refresh();
          }}
        />
      </section>
    </Card>
  );
}
