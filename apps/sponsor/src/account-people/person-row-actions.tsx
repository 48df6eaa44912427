import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { RemoveAccountAccessDocument, ResendAccountInvitationDocument, type AccountPersonRowFragment } from '@portal/graphql-types';
import { Button, useT } from '@portal/ui';
import { useState } from 'react';
import type { Outcome } from './labels';

export interface PersonRowActionsProps {
  person: AccountPersonRowFragment;
  onOutcome: (outcome: Outcome) => void;
}

/** "Resend invitation" (invited people) and "Remove access" (after a confirmation). */
export function PersonRowActions({ person, onOutcome }: PersonRowActionsProps) {
  const t = useT();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const name = person.displayName;
  const hidden = <span className="visually-hidden"> {name}</span>;

  async function run(kind: 'resend' | 'remove') {
    if (busy) return;
    setBusy(true);
    const variables = { input: { userId: person.id } };
    try {
      const result =
        kind === 'resend'
          ? (await client.mutate({ mutation: ResendAccountInvitationDocument, variables })).data?.resendInvitation
          : (await client.mutate({ mutation: RemoveAccountAccessDocument, variables })).data?.deactivateUser;
      const problem = result?.userErrors[0]?.message;
      const done = kind === 'resend' ? t('We sent {{name}} a new invitation. The previous link no longer works.', { name }) : t('{{name}} can no longer sign in to your account.', { name });
      onOutcome(problem ? { ok: false, message: `${name}: ${problem}` } : { ok: true, message: done });
    } catch (error) {
      const detail = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : t('Check your connection and try again.');
      onOutcome({ ok: false, message: `${name}: ${detail}` });
    }
    setBusy(false);
    setConfirming(false);
  }

  if (person.status === 'DEACTIVATED') return <span className="muted">—</span>;
  if (confirming) {
    return (
      <div className="row-actions" role="group" aria-label={t('Remove access for {{name}}?', { name })}>
        <span>{t('They are signed out everywhere.')}</span>
        <Button autoFocus aria-disabled={busy || undefined} onClick={() => void run('remove')}>
          {t('Yes, remove access')}{hidden}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t('Cancel')}
        </Button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      {person.status === 'INVITED' && (
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void run('resend')}>
          {t('Resend invitation')}{hidden}
        </Button>
      )}
      <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => setConfirming(true)}>
        {t('Remove access')}{hidden}
      </Button>
    </div>
  );
}
