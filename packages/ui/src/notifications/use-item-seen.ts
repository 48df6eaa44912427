import { useMutation } from '@apollo/client/react';
import { MarkItemNotificationsReadDocument, UnreadNotificationCountDocument } from '@portal/graphql-types';
import { useEffect } from 'react';

/** Call on a screen showing one item: its notifications count as seen (and are not emailed). */
export function useItemSeen(itemId: string | null | undefined): void {
  const [mark] = useMutation(MarkItemNotificationsReadDocument, { refetchQueries: [{ query: UnreadNotificationCountDocument }] });
  useEffect(() => {
    if (itemId) void mark({ variables: { itemId } }).catch(() => undefined);
  }, [itemId, mark]);
}
