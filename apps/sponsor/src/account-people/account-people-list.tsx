import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { AccountPeopleDocument } from '@portal/graphql-types';
import { Badge, Button, EmptyState, Spinner, useT } from '@portal/ui';
import { STATUS_LABEL, STATUS_TONE, type Outcome } from './labels';
import { PersonRowActions } from './person-row-actions';

const PAGE_SIZE = 25;

/** The people of the account: name, email, status, actions (none on your own row). */
export function AccountPeopleList({ viewerId, onOutcome }: { viewerId: string; onOutcome: (outcome: Outcome) => void }) {
  const t = useT();
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(AccountPeopleDocument, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const list = data?.accountPeople;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  function loadMore() {
    if (loadingMore || !list) return;
    // accountPeople has no cache merge policy: append the next page here.
    void fetchMore({
      variables: { after: list.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        accountPeople: { ...fetchMoreResult.accountPeople, nodes: [...(previous?.accountPeople?.nodes ?? []), ...fetchMoreResult.accountPeople.nodes] },
      }),
    });
  }

  if (error) {
    return (
      <div role="alert" className="alert">
        <p>{t('We could not load the people of your account.')} {error.message}</p>
        <Button variant="secondary" onClick={() => void refetch()}>
          {t('Try again')}
        </Button>
      </div>
    );
  }
  if (!list) return <Spinner />;
  if (list.nodes.length === 0) return <EmptyState title={t('Nobody else has access yet.')} />;
  return (
    <>
      <div className="table-wrap" role="region" aria-label={t('People in your account')} tabIndex={0}>
        <table className="data-table">
          <caption className="visually-hidden">{t('People with access to your account')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Name')}</th>
              <th scope="col">{t('Email')}</th>
              <th scope="col">{t('Status')}</th>
              <th scope="col">{t('Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((person) => (
              <tr key={person.id}>
                <td>{person.displayName}</td>
                <td className="break-all">{person.email}</td>
                <td>
                  <Badge tone={STATUS_TONE[person.status]}>{STATUS_LABEL[person.status]}</Badge>
                </td>
                <td>{person.id === viewerId ? <span className="muted">{t('You')}</span> : <PersonRowActions person={person} onOutcome={onOutcome} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.pageInfo.hasNextPage && (
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
