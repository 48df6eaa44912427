import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { RevokeApiTokenDocument, type ApiTokenRowFragment } from '@portal/graphql-types';
import { Button, useT } from '@portal/ui';
import { useEffect, useRef, useState } from 'react';

export interface Outcome {
  ok: boolean;
  message: string;
}

export interface RevokeTokenProps {
  token: ApiTokenRowFragment;
  onOutcome: (outcome: Outcome) => void;
}

/** "Revoke", then a confirmation in place: systems using the token stop working at once. */
export function RevokeToken({ token, onOutcome }: RevokeTokenProps) {
  const t = useT();
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const name = token.name;

  // After "Cancel", keyboard focus goes back to "Revoke" rather than to the page's start.
  useEffect(() => {
    if (!confirming && returnFocus) box.current?.querySelector('button')?.focus();
  }, [confirming, returnFocus]);

  async function revoke() {
    if (busy) return;
    setBusy(true);
    try {
      const { data } = await client.mutate({ mutation: RevokeApiTokenDocument, variables: { input: { id: token.id } } });
      const problem = data?.revokeApiToken.userErrors[0]?.message;
      onOutcome(problem ? { ok: false, message: `${name}: ${problem}` } : { ok: true, message: t('The token “{{name}}” is revoked: it no longer works.', { name }) });
    } catch (error) {
      const detail = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : t('Check your connection and try again.');
      onOutcome({ ok: false, message: `${name}: ${detail}` });
    }
    setBusy(false);
    setConfirming(false);
  }

  if (!confirming) {
    return (
      <div ref={box}>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('Revoke')}<span className="visually-hidden"> {name}</span>
        </Button>
      </div>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-label={t('Revoke {{name}}?', { name })}>
      <span>{t('Systems using it stop working at once.')}</span>
      <Button autoFocus aria-disabled={busy || undefined} onClick={() => void revoke()}>
        {busy ? t('Revoking…') : t('Yes, revoke')}
        <span className="visually-hidden"> {name}</span>
      </Button>
      <Button
        variant="secondary"
        onClick={() => {
          setReturnFocus(true);
          setConfirming(false);
        }}
      >
        {t('Cancel')}
      </Button>
    </div>
  );
}
