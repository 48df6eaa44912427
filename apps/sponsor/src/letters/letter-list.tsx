import { useQuery } from '@apollo/client/react';
import { SponsorLettersDocument } from '@portal/graphql-types';
import { Badge, Button, EmptyState, Page, Spinner, StatusMessage, useT } from '@portal/ui';
import { formatDate, NEXT_ACTOR_LABEL, statusOf } from './labels';
import './letters.css';

export interface LetterListProps {
  notice: string | null;
  onWrite: () => void;
  onOpen: (id: string) => void;
}

/** The sponsor's letters, newest first, with their state and who acts next. */
export function LetterList({ notice, onWrite, onOpen }: LetterListProps) {
  const t = useT();
  const { data, error, fetchMore } = useQuery(SponsorLettersDocument, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  const list = data?.letters;

  return (
    <Page title={t('Letters')} intro={t('Letters you write to your sponsored children, and their replies.')}>
      <StatusMessage message={notice} />
      <div className="button-row letters-actions">
        <Button onClick={onWrite}>{t('Write a letter')}</Button>
      </div>
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load your letters. Please try again later.')}</p>
        </div>
      )}
      {!list && !error && <Spinner />}
      {list && list.nodes.length === 0 && <EmptyState title={t('No letters yet.')}>{t('Write to your sponsored child: they love hearing from you.')}</EmptyState>}
      {list && list.nodes.length > 0 && (
        <ul className="letter-list" aria-label={t('Your letters, newest first')}>
          {list.nodes.map((letter) => {
            const status = statusOf(letter);
            const name = letter.child?.firstName ?? t('your child');
            const title = letter.direction === 'CHILD_TO_SPONSOR' ? t('From {{name}}', { name }) : t('To {{name}}', { name });
            return (
              <li key={letter.id} className="card letter-row">
                <div className="letter-row-head">
                  <button type="button" className="link-button letter-title" onClick={() => onOpen(letter.id)}>
                    {title}
                    <span className="visually-hidden">, {formatDate(letter.createdAt)}</span>
                  </button>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </div>
                {letter.body.trim() ? (
                  <p className="letter-excerpt">{letter.body.slice(0, 140)}{letter.body.length > 140 ? '…' : ''}</p>
                ) : (
                  letter.direction === 'CHILD_TO_SPONSOR' && <p className="letter-excerpt muted">{t('A handwritten letter: open it to read it.')}</p>
                )}
                <p className="muted letter-meta">
                  {formatDate(letter.createdAt)}
                  {letter.direction === 'SPONSOR_TO_CHILD' && <> {t('· Next:')} {NEXT_ACTOR_LABEL[letter.nextActor]}</>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {list?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
            {t('Load more letters')}
          </Button>
        </div>
      )}
    </Page>
  );
}
