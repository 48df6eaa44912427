import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { CreateApiTokenDocument, type ApiScope, type ApiTokenRowFragment } from '@portal/graphql-types';
import { Button, Card, fieldError, FormAlert, otherErrors, SelectField, TextField, unexpectedError, type FormError, useT } from '@portal/ui';
import { useId, useState, type FormEvent } from 'react';
import { EXPIRY_OPTIONS } from './labels';
import { ScopeCheckboxes } from './scope-checkboxes';

const FIELDS = ['name', 'scopes', 'expiresInDays'];

export interface CreateTokenFormProps {
  onCreated: (token: ApiTokenRowFragment, secret: string) => void;
}

/** "Create a token": name, scopes and expiry. The secret goes to the caller, never to the Apollo cache. */
export function CreateTokenForm({ onCreated }: CreateTokenFormProps) {
  const t = useT();
  const client = useApolloClient();
  const headingId = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [expiry, setExpiry] = useState('90');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(null);
    try {
      const { data } = await client.mutate({
        mutation: CreateApiTokenDocument,
        variables: { input: { name: name.trim(), scopes, expiresInDays: expiry ? Number(expiry) : null } },
        // The secret must live only in this screen's memory, not in the normalized cache.
        fetchPolicy: 'no-cache',
      });
      const payload = data?.createApiToken;
      if (payload?.apiToken && payload.secret && payload.userErrors.length === 0) {
        setName('');
        setScopes([]);
        onCreated(payload.apiToken, payload.secret);
      } else setErrors(payload?.userErrors.length ? payload.userErrors : [unexpectedError()]);
    } catch (error) {
      setErrors([unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined)]);
    }
    setBusy(false);
  }

  return (
    <Card>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('Create a token')}</h2>
        <p className="muted">{t('For another system that reads portal data, such as finance reporting. Give it only the access it needs.')}</p>
        <FormAlert messages={otherErrors(errors, FIELDS)} />
        <form noValidate onSubmit={submit}>
          <div className="form-grid">
            <TextField label={t('Name')} name="token-name" hint={t('What it is for, e.g. "Finance reporting".')} autoComplete="off" required value={name} onChange={(e) => setName(e.target.value)} error={fieldError(errors, 'name')} />
            <SelectField label={t('Expires after')} name="token-expiry" options={EXPIRY_OPTIONS} value={expiry} onChange={(e) => setExpiry(e.target.value)} error={fieldError(errors, 'expiresInDays')} />
          </div>
          <ScopeCheckboxes value={scopes} onChange={setScopes} error={fieldError(errors, 'scopes')} />
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('Creating token…') : t('Create token')}
          </Button>
        </form>
      </section>
    </Card>
  );
}
