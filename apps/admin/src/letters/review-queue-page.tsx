import { useMutation, useQuery } from '@apollo/client/react';
import { ApproveLettersDocument, LetterReviewQueueDocument } from '@portal/graphql-types';
import { Button, EmptyState, FormAlert, Page, Spinner, StatusMessage, useDebouncedValue, useT } from '@portal/ui';
import { useState } from 'react';
import { letterName } from './labels';
import { ReviewFilters, type ReviewFilterValues } from './review-filters';
import { ReviewItem, type Outcome } from './review-item';
import './letters.css';

/** Letters waiting for staff review, oldest first: filters, counts, decisions one by one or in bulk. */
export function ReviewQueuePage() {
  const t = useT();
  const [filters, setFilters] = useState<ReviewFilterValues>({ flaggedOnly: false, projectId: '', olderThanDays: '' });
  const days = useDebouncedValue(filters.olderThanDays, 400);
  const { data, error, refetch, fetchMore } = useQuery(LetterReviewQueueDocument, {
    variables: {
      first: 20,
      flagged: filters.flaggedOnly ? true : null,
      projectId: filters.projectId || null,
      olderThanDays: days && Number(days) > 0 ? Math.floor(Number(days)) : null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const [approveMany, { loading: approving }] = useMutation(ApproveLettersDocument);
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [bulkErrors, setBulkErrors] = useState<Record<string, string>>({});
  const queue = data?.letterReviewQueue;
  const letters = queue?.nodes ?? [];

  const outcome = (o: Outcome) => {
    setNotice(o.ok ? o.message : null);
    setProblems(o.ok ? [] : [o.message]);
    void refetch();
  };

  async function approveSelected() {
    if (approving || selected.length === 0) return;
    setNotice(null);
    setProblems([]);
    try {
      const { data: result } = await approveMany({ variables: { input: { letterIds: selected } } });
      const results = result?.approveLetters.results ?? [];
      const failed = results.filter((r) => r.userError);
      const errors = Object.fromEntries(failed.map((r) => [r.id, r.userError!.message]));
      const byId = new Map(letters.map((l) => [l.id, l]));
      setBulkErrors(errors);
      setProblems(failed.map((r) => `${byId.has(r.id) ? letterName(byId.get(r.id)!) : r.id}: ${r.userError!.message}`));
      const ok = results.length - failed.length;
      setNotice(ok > 0 ? t('{{count}} letters were approved.', { count: ok }) : null);
      setSelected(failed.map((r) => r.id));
      void refetch();
    } catch {
      setProblems([t('We could not approve the letters. Check your connection and try again.')]);
    }
  }

  return (
    <Page title={t('Letters to review')} intro={t('Letters from sponsors wait here until someone on the team checks them, oldest first.')}>
      <ReviewFilters value={filters} onChange={setFilters} />
      {queue && (
        <div className="queue-counts" role="status">
          <p>
            {t('{{count}} letters waiting, {{flagged}} flagged.', { count: queue.counts.total, flagged: queue.counts.flagged })}
          </p>
          {queue.counts.byProject.length > 0 && (
            <p className="muted">{queue.counts.byProject.map((p) => `${p.project?.name ?? t('No project')}: ${p.count}`).join(' · ')}</p>
          )}
        </div>
      )}
      <StatusMessage message={notice} />
      <FormAlert messages={problems} />
      {error && !queue && (
        <div role="alert" className="alert">
          <p>{t('We could not load the review queue.')} {error.message}</p>
        </div>
      )}
      {!queue && !error && <Spinner />}
      {queue && letters.length === 0 && <EmptyState title={t('No letters are waiting for review.')} />}
      {letters.length > 0 && (
        <>
          <div className="button-row">
            <Button aria-disabled={approving || selected.length === 0 || undefined} onClick={() => void approveSelected()}>
              {t('Approve selected ({{count}})', { count: selected.length })}
            </Button>
          </div>
          <ul className="review-list" aria-label={t('Letters waiting for review, oldest first')}>
            {letters.map((letter) => (
              <ReviewItem
                key={letter.id}
                letter={letter}
                selected={selected.includes(letter.id)}
                onSelect={(on) => setSelected((ids) => (on ? [...ids, letter.id] : ids.filter((i) => i !== letter.id)))}
                bulkError={bulkErrors[letter.id] ?? null}
                onOutcome={outcome}
              />
            ))}
          </ul>
        </>
      )}
      {queue?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
            {t('Load more letters')}
          </Button>
        </div>
      )}
    </Page>
  );
}
