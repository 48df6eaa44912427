import type { TypedDocumentNode } from '@apollo/client';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ChildRowFragment } from '@portal/graphql-types';
import { useState } from 'react';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { Button } from './button';
import { ChildrenTable } from './children-table';
import { EmptyState } from './empty-state';
import { Spinner } from './spinner';
import { TextField } from './text-field';
import { useT } from '../i18n/i18n';

/** The shape every "children list" query of the apps has. */
export interface ChildrenListData {
  children: {
    totalCount: number;
    edges: ReadonlyArray<{ cursor: string; node: ChildRowFragment }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface ChildrenListVariables {
  first?: number | null;
  after?: string | null;
  search?: string | null;
}

export interface ChildrenSearchProps {
  query: TypedDocumentNode<ChildrenListData, ChildrenListVariables>;
  pageSize?: number;
  showOrganization?: boolean;
}

/** Search box (debounced), table of children, total count and "Load more" by cursor. */
export function ChildrenSearch({ query, pageSize = 20, showOrganization = false }: ChildrenSearchProps) {
  const t = useT();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 300);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(query, {
    variables: { first: pageSize, search: search || null },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const list = shown?.children;
  const rows = list?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loading = !data && !error;

  const loadMore = () => {
    if (loadingMore || !list?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: list.pageInfo.endCursor } });
  };

  return (
    <>
      <div className="toolbar">
        <TextField
          label={t('Search children')}
          hint={t('By child code or name')}
          type="search"
          name="search"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <p role="status" className="muted">
          {list ? t('Showing {{shown}} of {{count}} children', { shown: rows.length, count: list.totalCount }) : ''}
        </p>
      </div>
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load the children.')} {error.message}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('Try again')}
          </Button>
        </div>
      )}
      {loading && !list && <Spinner />}
      {list && rows.length === 0 && (
        <EmptyState title={search ? t('No children match “{{search}}”.', { search }) : t('No children yet.')}>
          {search ? t('Check the spelling, or search by child code.') : null}
        </EmptyState>
      )}
      {rows.length > 0 && <ChildrenTable rows={rows} caption={t('Children')} showOrganization={showOrganization} />}
      {list?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" onClick={loadMore} aria-disabled={loadingMore || undefined}>
            {t('Load more')}
          </Button>
          {loadingMore && <Spinner label={t('Loading more…')} />}
        </div>
      )}
    </>
  );
}
