import { useQuery } from '@apollo/client/react';
import { RequesterRequestsDocument } from '@portal/graphql-types';
import { Badge } from '../components/badge';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { StatusMessage } from '../components/form-alert';
import { Page } from '../components/page';
import { Spinner } from '../components/spinner';
import { formatDay } from '../components/format';
import { formName, statusTone } from './labels';
import { messages, NEXT_ACTOR_LABEL, STATUS_LABEL } from './messages';
import './requests.css';

export interface MyRequestsProps {
  language: string;
  notice: string | null;
  onNew: () => void;
  onOpen: (id: string) => void;
}

/** The requester's requests, newest first, with their status and who must act. */
export function MyRequests({ language, notice, onNew, onOpen }: MyRequestsProps) {
  const { data, error, fetchMore } = useQuery(RequesterRequestsDocument, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  const list = data?.requests;
  return (
    <Page title={messages.listTitle} intro={messages.listIntro}>
      <StatusMessage message={notice} />
      <div className="button-row">
        <Button onClick={onNew}>{messages.newRequest}</Button>
      </div>
      {error && !list && (
        <div role="alert" className="alert">
          <p>{messages.loadError}</p>
        </div>
      )}
      {!list && !error && <Spinner />}
      {list && list.nodes.length === 0 && <EmptyState title={messages.empty}>{messages.emptyHint}</EmptyState>}
      {list && list.nodes.length > 0 && (
        <ul className="request-list" aria-label={messages.listLabel}>
          {list.nodes.map((r) => (
            <li key={r.id} className="card">
              <div className="request-row-head">
                <button type="button" className="link-button request-title" onClick={() => onOpen(r.id)}>
                  {formName(r.form, language, r.subject)}
                </button>
                <Badge tone={statusTone(r.status)}>{STATUS_LABEL[r.status]}</Badge>
              </div>
              <p className="muted request-meta">
                {messages.openedOn(formatDay(r.createdAt))} · {messages.next(NEXT_ACTOR_LABEL[r.nextActor])}
              </p>
            </li>
          ))}
        </ul>
      )}
      {list?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
            {messages.loadMore}
          </Button>
        </div>
      )}
    </Page>
  );
}
