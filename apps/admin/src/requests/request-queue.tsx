import { useMutation, useQuery } from '@apollo/client/react';
import { AdminAssignRequestsDocument, AdminRequestQueueDocument, AdminSetRequestStatusDocument, type RequestStatus } from '@portal/graphql-types';
import { Badge, Button, EmptyState, formatDay, FormAlert, Page, SelectField, Spinner, StatusMessage } from '@portal/ui';
import { useState } from 'react';
import { ACTOR_LABEL, KIND_LABEL, messages, STATUS_LABEL } from './messages';
import { OPEN_STATUSES, RequestFilters, useStaffPeople, type RequestFilterValues } from './request-filters';

/** The staff queue: filters with counts, selection with bulk status change and assignment. */
export function RequestQueue({ onOpen, onForms }: { onOpen: (id: string) => void; onForms: () => void }) {
  const [filters, setFilters] = useState<RequestFilterValues>({ status: 'OPEN', formId: '', owner: '', requesterKind: '', overdue: false });
  const variables = {
    first: 50,
    status: filters.status === 'OPEN' ? OPEN_STATUSES : filters.status ? [filters.status] : null,
    formId: filters.formId || null,
    ownerId: filters.owner && filters.owner !== 'none' ? filters.owner : null,
    unassigned: filters.owner === 'none' ? true : null,
    overdue: filters.overdue ? true : null,
    requesterKind: filters.requesterKind || null,
  };
  const { data, error, fetchMore } = useQuery(AdminRequestQueueDocument, { variables, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: ['AdminRequestQueue'] };
  const [setStatus, statusState] = useMutation(AdminSetRequestStatusDocument, refetch);
  const [assign, assignState] = useMutation(AdminAssignRequestsDocument, refetch);
  const people = useStaffPeople();
  const [selected, setSelected] = useState<string[]>([]);
  const [bulkStatus, setBulkStatus] = useState<RequestStatus>('IN_PROGRESS');
  const [owner, setOwner] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const queue = data?.requests;
  const busy = statusState.loading || assignState.loading;

  const report = (r: { results: Array<{ request: unknown }>; userErrors: Array<{ message: string }> } | undefined) => {
    const done = r?.results.filter((x) => x.request).length ?? 0;
    setNotice(messages.bulkDone(done));
    setProblems(r?.userErrors.length ? [messages.bulkFailed(r.userErrors.length), ...r.userErrors.map((e) => e.message)] : []);
    setSelected([]);
  };

  return (
    <Page title={messages.queueTitle} intro={messages.queueIntro}>
      <div className="button-row">
        <Button variant="secondary" onClick={onForms}>
          {messages.editForms}
        </Button>
      </div>
      <RequestFilters value={filters} onChange={(f) => { setFilters(f); setSelected([]); }} />
      {queue && (
        <p className="queue-counts" role="status">
          {messages.counts(queue.totalCount, queue.counts.overdue, queue.counts.unassigned, queue.counts.waitingForStaff)}
          <br />
          <span className="muted">{queue.counts.byStatus.map((s) => `${STATUS_LABEL[s.status]}: ${s.count}`).join(' · ')}</span>
        </p>
      )}
      <StatusMessage message={notice} />
      <FormAlert messages={problems} />
      <div className="request-bulk" role="group" aria-label={messages.selectedCount(selected.length)}>
        <SelectField label={messages.setStatusTo} value={bulkStatus} onChange={(e) => setBulkStatus(e.target.value as RequestStatus)} options={Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label }))} />
        <Button disabled={!selected.length || busy} onClick={async () => report((await setStatus({ variables: { input: { requestIds: selected, status: bulkStatus } } })).data?.setRequestStatus)}>
          {messages.applyStatus(selected.length)}
        </Button>
        <SelectField label={messages.assignTo} value={owner} onChange={(e) => setOwner(e.target.value)} options={[{ value: '', label: messages.nobody }, ...people.map((p) => ({ value: p.id, label: p.displayName }))]} />
        <Button disabled={!selected.length || busy} onClick={async () => report((await assign({ variables: { input: { requestIds: selected, ownerId: owner || null } } })).data?.assignRequests)}>
          {messages.applyAssign(selected.length)}
        </Button>
      </div>
      {error && !queue && (
        <div role="alert" className="alert">
          <p>{messages.loadError}</p>
        </div>
      )}
      {!queue && !error && <Spinner />}
      {queue && queue.nodes.length === 0 && <EmptyState title={messages.empty}>{messages.emptyHint}</EmptyState>}
      {queue && queue.nodes.length > 0 && (
        <ul className="request-queue" aria-label={messages.listLabel}>
          {queue.nodes.map((r) => {
            const who = messages.from(r.requesterName, KIND_LABEL[r.requesterKind]);
            return (
              <li key={r.id} className={`card request-queue-row${r.overdue ? ' request-overdue' : ''}`}>
                <input
                  type="checkbox"
                  aria-label={messages.select(r.subject, who)}
                  checked={selected.includes(r.id)}
                  onChange={(e) => setSelected((s) => (e.target.checked ? [...s, r.id] : s.filter((x) => x !== r.id)))}
                />
                <div>
                  <h2 className="request-title">
                    <button type="button" className="link-button" onClick={() => onOpen(r.id)}>
                      {r.subject}
                    </button>
                  </h2>
                  <p className="request-meta">
                    {who} · {formatDay(r.createdAt)}
                  </p>
                  <p className="request-meta">
                    <Badge tone={r.status === 'WAITING_FOR_REQUESTER' ? 'warning' : 'neutral'}>{STATUS_LABEL[r.status]}</Badge> {messages.next(ACTOR_LABEL[r.nextActor])} ·{' '}
                    {r.owner ? messages.ownedBy(r.owner.displayName) : messages.noOwner}
                    {r.dueAt ? <> · {messages.due(formatDay(r.dueAt))}</> : null} {r.overdue && <Badge tone="danger">{messages.overdue}</Badge>}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {queue?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
            {messages.loadMore}
          </Button>
        </div>
      )}
    </Page>
  );
}
