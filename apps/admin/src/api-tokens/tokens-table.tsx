import type { ApiTokenRowFragment } from '@portal/graphql-types';
import { Badge } from '@portal/ui';
import { formatDate, SCOPE_DESCRIPTION } from './labels';
import { RevokeToken, type Outcome } from './revoke-token';

export interface TokensTableProps {
  tokens: readonly ApiTokenRowFragment[];
  onOutcome: (outcome: Outcome) => void;
}

const isExpired = (t: ApiTokenRowFragment) => !!t.expiresAt && new Date(String(t.expiresAt)).getTime() <= Date.now();

/** Tokens as a table: name and prefix, scopes, dates, status, "Revoke". */
export function TokensTable({ tokens, onOutcome }: TokensTableProps) {
  return (
    <div className="table-wrap" role="region" aria-label="API tokens" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Access</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
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
              <td>{formatDate(token.lastUsedAt, 'Not yet')}</td>
              <td>
                {token.revokedAt ? (
                  <Badge tone="danger">Revoked</Badge>
                ) : isExpired(token) ? (
                  <Badge tone="warning">Expired</Badge>
                ) : (
                  <Badge tone="good">Active</Badge>
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
