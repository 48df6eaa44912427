import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { MediaApproveDocument, MediaRejectManyDocument, MediaReviewQueueDocument, type MediaReviewQueueQuery } from '@portal/graphql-types';
import { Button, EmptyState, formatNumber, FormAlert, i18n, Page, Spinner, StatusMessage, TextField, useT } from '@portal/ui';
import { useRef, useState } from 'react';
import './media-review.css';

type Photo = MediaReviewQueueQuery['mediaReviewQueue']['nodes'][number];

const photoName = (p: Photo) => (p.child ? i18n.t('photo of {{name}} ({{code}})', { name: p.child.firstName, code: p.child.code }) : i18n.t('unmatched photo'));

/** Photos waiting for a visual check, oldest first: select many, then approve (release to sponsors) or reject with a reason. */
export function MediaReviewPage() {
  const t = useT();
  const { data, error, refetch, fetchMore } = useQuery(MediaReviewQueueDocument, { variables: { first: 30 }, fetchPolicy: 'cache-and-network' });
  const [approve, { loading: approving }] = useMutation(MediaApproveDocument);
  const [reject, { loading: rejecting }] = useMutation(MediaRejectManyDocument);
  const [selected, setSelected] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [open, setOpen] = useState<Photo | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const queue = data?.mediaReviewQueue;
  const photos = queue?.nodes ?? [];
  const busy = approving || rejecting;

  function show(photo: Photo) {
    setOpen(photo);
    dialog.current?.showModal();
  }

  async function decide(kind: 'approve' | 'reject') {
    if (busy || selected.length === 0) return;
    setNotice(null);
    setProblems([]);
    if (kind === 'reject' && !reason.trim()) {
      setReasonError(t('Say why the photos are rejected.'));
      return;
    }
    setReasonError(null);
    try {
      const payload = kind === 'approve'
        ? (await approve({ variables: { input: { mediaIds: selected } } })).data?.mediaApprove
        : (await reject({ variables: { input: { mediaIds: selected, reason: reason.trim() } } })).data?.mediaRejectMany;
      const byIndex = (field: string[] | null) => (field?.[2] !== undefined ? photos.find((p) => p.id === selected[Number(field[2])]) : undefined);
      if (payload?.userErrors.length) {
        setProblems(payload.userErrors.map((e) => { const p = byIndex(e.field); return p ? `${photoName(p)}: ${e.message}` : e.message; }));
      } else {
        const n = payload?.mediaIds.length ?? 0;
        setNotice(kind === 'approve' ? t('{{count}} photos were approved and released to sponsors.', { count: n }) : t('{{count}} photos were rejected.', { count: n }));
        setSelected([]);
        setReason('');
      }
      void refetch();
    } catch (e) {
      setProblems([CombinedGraphQLErrors.is(e) ? (e.errors[0]?.message ?? t('Something went wrong.')) : t('Check your connection and try again.')]);
    }
  }

  const allSelected = photos.length > 0 && photos.every((p) => selected.includes(p.id));
  return (
    <Page title={t('Photos to review')} intro={t('Photos from partners wait here until someone on the team checks them. Only approved photos reach sponsors.')}>
      {queue && (
        <p role="status" className="queue-counts">
          {t('{{count}} photos waiting.', { count: queue.totalCount })}
        </p>
      )}
      <StatusMessage message={notice} />
      <FormAlert messages={problems} />
      {error && !queue && (
        <div role="alert" className="alert">
          <p>{t('We could not load the photos.')} {error.message}</p>
        </div>
      )}
      {!queue && !error && <Spinner />}
      {queue && photos.length === 0 && <EmptyState title={t('No photos are waiting for review.')} />}
      {photos.length > 0 && (
        <>
          <div className="media-actions">
            <label className="check-row">
              <input type="checkbox" checked={allSelected} onChange={(e) => setSelected(e.target.checked ? photos.map((p) => p.id) : [])} />
              {t('Select all shown')}
            </label>
            <Button aria-disabled={busy || selected.length === 0 || undefined} onClick={() => void decide('approve')}>
              {t('Approve selected ({{count}})', { count: selected.length })}
            </Button>
            <TextField label={t('Reason for rejecting')} value={reason} onChange={(e) => setReason(e.target.value)} error={reasonError} />
            <Button variant="secondary" aria-disabled={busy || selected.length === 0 || undefined} onClick={() => void decide('reject')}>
              {t('Reject selected ({{count}})', { count: selected.length })}
            </Button>
          </div>
          <ul className="media-grid" aria-label={t('Photos waiting for review, oldest first')}>
            {photos.map((p) => (
              <li key={p.id} className="card media-card">
                <button type="button" className="media-thumb" onClick={() => show(p)} aria-label={t('Open the {{photo}} full size', { photo: photoName(p) })}>
                  <img src={p.thumbnailUrl} alt={photoName(p)} loading="lazy" />
                </button>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={selected.includes(p.id)}
                    onChange={(e) => setSelected((ids) => (e.target.checked ? [...ids, p.id] : ids.filter((i) => i !== p.id)))}
                  />
                  {t('Select')} <span className="visually-hidden">{photoName(p)}</span>
                </label>
                <p className="media-child">{p.child ? `${p.child.firstName} · ${p.child.code}` : t('No child matched')}</p>
                <p className="muted">{p.child?.project?.name ?? t('No project')}</p>
                <p className="muted">
                  {t('Match:')} {p.matchReason ?? t('none')}
                  {p.matchConfidence != null && ` (${formatNumber(p.matchConfidence, { style: 'percent' })})`}
                </p>
                {p.documentUrl && (
                  // A PDF letter: the thumbnail is page 1; staff read every page before approving.
                  <p>
                    <a href={p.documentUrl} download>
                      {t('Read the whole letter (PDF, {{pages}} pages)', { pages: p.pageCount })}
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {queue?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
            {t('Load more photos')}
          </Button>
        </div>
      )}
      <dialog ref={dialog} className="media-dialog" aria-label={open ? photoName(open) : t('Photo')} onClose={() => setOpen(null)}>
        {open && <img src={open.displayUrl} alt={t('{{photo}}, full size', { photo: photoName(open) })} width={open.width} height={open.height} />}
        <form method="dialog">
          <Button type="submit" variant="secondary">{t('Close')}</Button>
        </form>
      </dialog>
    </Page>
  );
}
