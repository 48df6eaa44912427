import { useQuery } from '@apollo/client/react';
import { RecordedRepliesDocument } from '@portal/graphql-types';
import { Badge, useT } from '@portal/ui';
import { useId } from 'react';

const TONE = { SUBMITTED: 'neutral', CHANGES_REQUESTED: 'warning', REJECTED: 'danger', APPROVED: 'good' } as const;

/** The replies this partner recorded, newest first: the scan as sent (open full size) and where review stands. */
export function RecordedReplies() {
  const id = useId();
  const t = useT();
  const { data } = useQuery(RecordedRepliesDocument, { fetchPolicy: 'cache-and-network' });
  const replies = data?.letters.nodes ?? [];
  const status: Record<string, string> = {
    SUBMITTED: t('Waiting for the team'),
    CHANGES_REQUESTED: t('Changes requested'),
    REJECTED: t('Not sent'),
    APPROVED: t('Sent to the sponsor'),
  };
  if (replies.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-h`} className="reply-section">
      <h2 id={`${id}-h`}>{t('Replies recorded')}</h2>
      <ul className="print-list">
        {replies.map((reply) => {
          const child = reply.child ? `${reply.child.firstName} (${reply.child.code})` : t('a child');
          return (
            <li key={reply.id} className="card reply-row">
              {reply.scan?.ready && reply.scan.url && reply.scan.thumbnailUrl ? (
                <a href={reply.scan.url} target="_blank" rel="noreferrer">
                  <img src={reply.scan.thumbnailUrl} alt={t('Scan of the letter from {{child}}, open full size', { child })} height={96} />
                </a>
              ) : (
                reply.scan && <p className="muted">{reply.scan.problem ?? t('Scan being processed…')}</p>
              )}
              <div>
                <p>
                  {t('From {{child}} to {{sponsor}}', { child, sponsor: reply.sponsorFirstName })}{' '}
                  <Badge tone={TONE[reply.status as keyof typeof TONE] ?? 'neutral'}>{status[reply.status] ?? reply.status}</Badge>
                </p>
                {reply.body && <p className="letter-excerpt muted">{reply.body.slice(0, 140)}{reply.body.length > 140 ? '…' : ''}</p>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
