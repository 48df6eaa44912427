import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { AdminMailOutboxDocument, type MailStatus } from '@portal/graphql-types';
import { Button, EmptyState, SelectField, Spinner, TextField, useDebouncedValue, useT } from '@portal/ui';
import { useId, useState } from 'react';
import { MAIL_STATUS_LABEL, OutboxTable } from './outbox-table';

const STATUSES: MailStatus[] = ['PENDING', 'SENT', 'FAILED'];

/** The outbox: every email the portal queued, with delivery status; filter by status and recipient. */
export function OutboxSection() {
  const t = useT();
  const headingId = useId();
  const [status, setStatus] = useState<MailStatus | ''>('');
  const [to, setTo] = useState('');
  const recipient = useDebouncedValue(to.trim(), 400);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(AdminMailOutboxDocument, {
    variables: { first: 25, status: status || null, to: recipient || null },
    notifyOnNetworkStatusChange: true,
  });
  const list = (data ?? previousData)?.mailOutbox;
  const rows = list?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <section aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{t('Outbox')}</h2>
        <Button variant="secondary" onClick={() => void refetch()}>
          {t('Refresh outbox')}
        </Button>
      </div>
      <div className="filters">
        <SelectField
          label={t('Delivery status')}
          name="outbox-status"
          options={[{ value: '', label: t('Any status') }, ...STATUSES.map((s) => ({ value: s, label: MAIL_STATUS_LABEL[s] }))]}
          value={status}
          onChange={(e) => setStatus(e.target.value as MailStatus | '')}
        />
        <TextField label={t('Recipient')} hint={t('The exact email address')} name="outbox-to" type="email" autoComplete="off" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <p role="status" className="muted">
        {list ? t('Showing {{shown}} of {{count}} emails', { shown: rows.length, count: list.totalCount }) : ''}
      </p>
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load the outbox.')} {error.message}</p>
        </div>
      )}
      {!list && !error && <Spinner />}
      {list && rows.length === 0 && <EmptyState title={t('No email matches these filters.')} />}
      {rows.length > 0 && <OutboxTable rows={rows} />}
      {list?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" aria-disabled={loadingMore || undefined} onClick={() => !loadingMore && void fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
            {t('Load more')}
          </Button>
          {loadingMore && <Spinner label={t('Loading more…')} />}
        </div>
      )}
    </section>
  );
}
