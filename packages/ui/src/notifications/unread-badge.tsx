import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountDocument } from '@portal/graphql-types';
import { useT } from '../i18n/i18n';

/** The number of unread notifications beside the navigation link; nothing when all are read. */
export function UnreadBadge({ pollMs = 30_000 }: { pollMs?: number }) {
  const t = useT();
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: pollMs, fetchPolicy: 'cache-and-network' });
  const count = data?.unreadNotificationCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="badge badge-danger nav-badge" data-testid="unread-badge">
      {count > 99 ? '99+' : count}
      <span className="visually-hidden"> {t('unread')}</span>
    </span>
  );
}
