import './api-tokens.css';
import { useApolloClient } from '@apollo/client/react';
import { AdminApiTokensDocument } from '@portal/graphql-types';
import { FormAlert, Page, StatusMessage, useT } from '@portal/ui';
import { useState } from 'react';
import { CreateTokenForm } from './create-token-form';
import { NewSecret } from './new-secret';
import type { Outcome } from './revoke-token';
import { TokensList } from './tokens-list';

/** API tokens: create one (its secret shown once), see them all, revoke. */
export function ApiTokensPage() {
  const t = useT();
  const client = useApolloClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Only in this component's state: gone once hidden or when leaving the page.
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const refresh = () => void client.refetchQueries({ include: [AdminApiTokensDocument] });

  return (
    <Page title={t('API tokens')} intro={t('Tokens let other systems read portal data through the API, with only the access you give them.')}>
      <StatusMessage message={outcome?.ok ? outcome.message : null} />
      <FormAlert messages={outcome && !outcome.ok ? [outcome.message] : []} />
      {created ? (
        <NewSecret tokenName={created.name} secret={created.secret} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm
          onCreated={(token, secret) => {
            setOutcome(null);
            setCreated({ name: token.name, secret });
            refresh();
          }}
        />
      )}
      <div className="section-heading">
        <h2>{t('Tokens')}</h2>
      </div>
      <TokensList
        onOutcome={(o) => {
          setOutcome(o);
          if (o.ok) refresh();
        }}
      />
    </Page>
  );
}
