import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { AdminAuditEventsDocument } from '@portal/graphql-types';
import { Button, EmptyState, Page, Spinner, StatusMessage, TextField, useDebouncedValue, FormAlert, useT } from '@portal/ui';
import { useMemo, useState } from 'react';
import { AuditTable } from './audit-table';
import { EMPTY_FILTER, toVariables, type AuditFilterInput } from './audit-filter';
import { useCsvDownload } from './use-csv-download';

const PAGE_SIZE = 50;

/** The audit log: filters, newest events first, "Load more" and "Download CSV" with the same filters. */
export function AuditLogPage() {
  const t = useT();
  const [filter, setFilter] = useState<AuditFilterInput>(EMPTY_FILTER);
  const debounced = useDebouncedValue(filter, 400);
  const variables = useMemo(() => toVariables(debounced), [debounced]);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(AdminAuditEventsDocument, {
    variables: { first: PAGE_SIZE, ...variables },
    notifyOnNetworkStatusChange: true,
  });
  const download = useCsvDownload(variables);
  const list = (data ?? previousData)?.auditEvents;
  const rows = list?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const set = (name: keyof AuditFilterInput) => (value: string) => setFilter((f) => ({ ...f, [name]: value }));
  const invalidRange = filter.from && filter.to && filter.from > filter.to ? t('“To” is before “From”.') : null;

  return (
    <Page title={t('Audit log')} intro={t('Who did what, newest first. Sign-ins, invitations, password changes and exports are all recorded.')}>
      <div className="filters">
        <TextField label={t('Action')} hint={t('For example user.invited')} name="audit-action" autoComplete="off" value={filter.action} onChange={(e) => set('action')(e.target.value)} />
        <TextField label={t('Person’s email')} name="audit-person" type="email" autoComplete="off" value={filter.actorEmail} onChange={(e) => set('actorEmail')(e.target.value)} />
        <TextField label={t('From')} name="audit-from" type="date" value={filter.from} onChange={(e) => set('from')(e.target.value)} />
        <TextField label={t('To')} name="audit-to" type="date" value={filter.to} onChange={(e) => set('to')(e.target.value)} error={invalidRange} />
        <Button variant="secondary" onClick={() => void download.start()} aria-disabled={download.busy || undefined}>
          {t('Download CSV')}
        </Button>
      </div>
      <StatusMessage message={download.done} />
      <FormAlert messages={download.failed ? [download.failed] : []} />
      <p role="status" className="muted">
        {list ? t('Showing {{shown}} of {{count}} events', { shown: rows.length, count: list.totalCount }) : ''}
      </p>
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load the audit log.')} {error.message}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('Try again')}
          </Button>
        </div>
      )}
      {!list && !error && <Spinner />}
      {list && rows.length === 0 && <EmptyState title={t('No events match these filters.')} />}
      {rows.length > 0 && <AuditTable rows={rows} />}
      {list?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button
            variant="secondary"
            aria-disabled={loadingMore || undefined}
            onClick={() => !loadingMore && void fetchMore({ variables: { after: list.pageInfo.endCursor } })}
          >
            {t('Load more')}
          </Button>
          {loadingMore && <Spinner label={t('Loading more…')} />}
        </div>
      )}
    </Page>
  );
}
