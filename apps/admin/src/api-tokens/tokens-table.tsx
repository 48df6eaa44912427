import type { ApiTokenRowFragment } from '@portal/graphql-types';
import { Badge, useT } from '@portal/ui';
import { formatDate, SCOPE_DESCRIPTION } from './labels';
import { RevokeToken, type Outcome } from './revoke-token';

export interface TokensTableProps {
  tokens: readonly ApiTokenRowFragment[];
  onOutcome: (outcome: Outcome) => void;
}

const isExpired = (t: ApiTokenRowFragment) => !!t.expiresAt && new Date(String(t.expiresAt)).getTime() <= Date.now();

/** Tokens as a table: name and prefix, scopes, dates, status, "Revoke". */
export function TokensTable({ tokens, onOutcome }: TokensTableProps) {
  const t = useT();
  return (
    <div className="table-wrap" role="region" aria-label={t('API tokens')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('API tokens')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Name')}</th>
            <th scope="col">{t('Starts with')}</th>
            <th scope="col">{t('Access')}</th>
            <th scope="col">{t('Created')}</th>
            <th scope="col">{t('Expires')}</th>
            <th scope="col">{t('Last used')}</th>
            <th scope="col">{t('Status')}</th>
            <th scope="col">{t('Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{token.scopes.map((s) => SCOPE_DESCRIPTION[s]?.label ?? s).join(', ')}</td>
              <td>{formatDate(token.createdAt)}</td>
              <td>{formatDate(token.expiresAt, 'Never')}</td>
              <td>{formatDate(token.lastUsedAt, t('Not yet'))}</td>
              <td>
                {token.revokedAt ? (
                  <Badge tone="danger">{t('Revoked')}</Badge>
                ) : isExpired(token) ? (
                  <Badge tone="warning">{t('Expired')}</Badge>
                ) : (
                  <Badge tone="good">{t('Active')}</Badge>
                )}
              </td>
              <td>{token.revokedAt ? <span className="muted">{formatDate(token.revokedAt)}</span> : <RevokeToken token={token} onOutcome={onOutcome} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
