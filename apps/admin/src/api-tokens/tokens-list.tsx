import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { AdminApiTokensDocument } from '@portal/graphql-types';
import { Button, EmptyState, Spinner, useT } from '@portal/ui';
import { useId, useState } from 'react';
import type { Outcome } from './revoke-token';
import { TokensTable } from './tokens-table';

const PAGE_SIZE = 25;

/** The tokens, newest first, with "Show revoked tokens" and "Load more". */
export function TokensList({ onOutcome }: { onOutcome: (outcome: Outcome) => void }) {
  const t = useT();
  const checkboxId = useId();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(AdminApiTokensDocument, {
    variables: { first: PAGE_SIZE, includeRevoked },
    notifyOnNetworkStatusChange: true,
  });
  const list = (data ?? previousData)?.apiTokens;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  function loadMore() {
    if (loadingMore || !list) return;
    // apiTokens has no cache merge policy: append the next page here.
    void fetchMore({
      variables: { after: list.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        apiTokens: { ...fetchMoreResult.apiTokens, nodes: [...(previous?.apiTokens?.nodes ?? []), ...fetchMoreResult.apiTokens.nodes] },
      }),
    });
  }

  return (
    <>
      <div className="scope-option">
        <input id={checkboxId} type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} />
        <label htmlFor={checkboxId}>{t('Show revoked tokens')}</label>
      </div>
      <p role="status" className="muted">
        {list ? t('Showing {{shown}} of {{count}} tokens', { shown: list.nodes.length, count: list.totalCount }) : ''}
      </p>
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load the tokens.')} {error.message}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('Try again')}
          </Button>
        </div>
      )}
      {!list && !error && <Spinner />}
      {list && list.nodes.length === 0 && <EmptyState title={includeRevoked ? t('No tokens yet.') : t('No active tokens.')} />}
      {list && list.nodes.length > 0 && <TokensTable tokens={list.nodes} onOutcome={onOutcome} />}
      {list?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" aria-disabled={loadingMore || undefined} onClick={loadMore}>
            {t('Load more')}
          </Button>
          {loadingMore && <Spinner label={t('Loading more…')} />}
        </div>
      )}
    </>
  );
}
