import { useMutation, useQuery } from '@apollo/client/react';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationItemFragment,
} from '@portal/graphql-types';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { FormAlert } from '../components/form-alert';
import { formatMoment } from '../components/format';
import { Page } from '../components/page';
import { Spinner } from '../components/spinner';
import { useRouter } from '../router/router';
import { NOTIFICATION_TYPE_LABEL } from './notification-labels';
import { itemTarget } from './open-item';
import { NotificationPreferencesForm } from './notification-preferences';
import { useT } from '../i18n/i18n';

const PAGE = 20;
const refetchQueries = [{ query: UnreadNotificationCountDocument }];

/** The person's notifications, newest first: each opens its item and is marked read on the way. */
export function NotificationsPage({ basePath }: { basePath: string }) {
  const t = useT();
  const { navigate, href } = useRouter();
  const { data, loading, error, fetchMore } = useQuery(MyNotificationsDocument, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkNotificationsReadDocument, { refetchQueries });
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries: [...refetchQueries, { query: MyNotificationsDocument, variables: { first: PAGE } }] });
  const list = data?.myNotifications;

  const open = async (n: NotificationItemFragment) => {
    if (!n.readAt) await markRead({ variables: { ids: [n.id] } }).catch(() => undefined);
    const target = itemTarget(n.itemRoute, basePath);
    if ('inApp' in target) navigate(target.inApp);
    else window.location.assign(target.href);
  };

  const linkOf = (n: NotificationItemFragment) => {
    const target = itemTarget(n.itemRoute, basePath);
    return 'inApp' in target ? href(target.inApp) : target.href;
  };

  return (
    <Page title={t('Notifications')} intro={t('News and things waiting for you. Opening one marks it read.')}>
      {error && <FormAlert messages={[t('We could not load your notifications. Reload the page to try again.')]} />}
      {loading && !list && <Spinner />}
      {list && (
        <>
          <p>
            <span data-testid="unread-count">{data.unreadNotificationCount}</span> {t('unread of')} {list.totalCount}.{' '}
            {data.unreadNotificationCount > 0 && (
              <Button variant="secondary" disabled={markAllState.loading} onClick={() => void markAll({ variables: { upTo: list.nodes[0]?.createdAt ?? null } })}>
                {t('Mark all as read')}
              </Button>
            )}
          </p>
          {list.nodes.length === 0 ? (
            <EmptyState title={t('Nothing yet')}>{t('When a letter changes, a child writes to you or something needs your action, it appears here.')}</EmptyState>
          ) : (
            <ul className="notification-list">
              {list.nodes.map((n) => (
                <li key={n.id} className={n.readAt ? 'notification read' : 'notification unread'}>
                  <a href={linkOf(n)} onClick={(e) => { e.preventDefault(); void open(n); }}>
                    <strong>{n.title}</strong>
                  </a>
                  {!n.readAt && <span className="badge badge-warning">{t('New')}</span>}
                  {n.body && <p className="muted">{n.body}</p>}
                  <p className="muted small">
                    {NOTIFICATION_TYPE_LABEL[n.type]} · <time dateTime={String(n.createdAt)}>{formatMoment(n.createdAt)}</time>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {list.pageInfo.hasNextPage && (
            <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } , updateQuery: (prev, { fetchMoreResult }) => ({ ...fetchMoreResult, myNotifications: { ...fetchMoreResult.myNotifications, nodes: [...prev.myNotifications.nodes, ...fetchMoreResult.myNotifications.nodes] } }) })}>
              {t('Show older')}
            </Button>
          )}
        </>
      )}
      <NotificationPreferencesForm />
    </Page>
  );
}
