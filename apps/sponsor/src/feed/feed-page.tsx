import { useApolloClient, useQuery } from '@apollo/client/react';
import { FeedPhotoFullSizeDocument, SponsorFeedDocument, SponsorFeedNewSinceDocument, type FeedPhotoFragment, type SponsorFeedQuery } from '@portal/graphql-types';
import { Button, EmptyState, Link, Page, Spinner, useT, formatLongDay } from '@portal/ui';
import { useRef, useState } from 'react';
import './feed.css';

type Item = SponsorFeedQuery['sponsorFeed']['edges'][number]['node'];

const PAGE_SIZE = 10;
/** How often the app asks whether new items arrived. */
const POLL_MS = 30_000;

const when = (iso: unknown) => formatLongDay(iso);

/** The sponsor's timeline: photos and letters of their children and news from their projects, newest first. */
export function FeedPage() {
  const t = useT();
  const client = useApolloClient();
  const { data, error, fetchMore, refetch, loading } = useQuery(SponsorFeedDocument, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const feed = data?.sponsorFeed;
  const newest = feed?.pageInfo.startCursor ?? null;
  const since = useQuery(SponsorFeedNewSinceDocument, { variables: { cursor: newest ?? '' }, skip: !newest, pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  const fresh = newest ? (since.data?.sponsorFeedNewSince ?? 0) : 0;
  // A PDF letter also has `documentUrl`: the whole letter to download (display shows its first page).
  const [full, setFull] = useState<{ alt: string; url: string; width: number; height: number; documentUrl: string | null } | null>(null);
  const [fullError, setFullError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  // The full-size URL is fetched when opened: signed for a few minutes, and the view is audited then.
  async function openPhoto(photo: FeedPhotoFragment, alt: string) {
    setFull(null);
    setFullError(null);
    dialog.current?.showModal();
    try {
      const { data: d } = await client.query({ query: FeedPhotoFullSizeDocument, variables: { id: photo.id }, fetchPolicy: 'network-only' });
      const node = d?.node;
      if (node && 'displayUrl' in node) setFull({ alt, url: node.displayUrl, width: node.width, height: node.height, documentUrl: node.documentUrl ?? null });
      else setFullError(t('This photo is no longer available.'));
    } catch {
      setFullError(t('We could not load the photo. Check your connection and try again.'));
    }
  }

  function loadMore() {
    if (!feed) return;
    void fetchMore({
      variables: { after: feed.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        sponsorFeed: { ...fetchMoreResult.sponsorFeed, edges: [...prev.sponsorFeed.edges, ...fetchMoreResult.sponsorFeed.edges], pageInfo: { ...fetchMoreResult.sponsorFeed.pageInfo, startCursor: prev.sponsorFeed.pageInfo.startCursor } },
      }),
    });
  }

  async function showNew() {
    await refetch({ first: PAGE_SIZE, after: null });
    void since.refetch();
  }

  return (
    <Page title={t('News')} intro={t('Photos and letters from the children you sponsor, and news from their projects.')}>
      {fresh > 0 && (
        <div className="feed-banner" role="status">
          <span>{t('{{count}} new items', { count: fresh })}</span>
          <Button variant="secondary" onClick={() => void showNew()}>{t('Show')}</Button>
        </div>
      )}
      {error && !feed && (
        <div role="alert" className="alert">
          <p>{t('We could not load your news. Please try again later.')}</p>
        </div>
      )}
      {!feed && !error && <Spinner />}
      {feed && feed.edges.length === 0 && (
        <EmptyState title={t('No news yet.')}>{t('New photos, letters and project news will appear here.')}</EmptyState>
      )}
      {feed && feed.edges.length > 0 && (
        <ol className="feed-list" aria-label={t('News, newest first')}>
          {feed.edges.map(({ node }) => (
            <li key={`${node.kind}-${node.id}`} className="card feed-item">
              <FeedEntry item={node} onOpen={(photo, alt) => void openPhoto(photo, alt)} />
            </li>
          ))}
        </ol>
      )}
      {feed?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button variant="secondary" aria-disabled={loading || undefined} onClick={loadMore}>
            {t('Load more')}
          </Button>
        </div>
      )}
      <dialog ref={dialog} className="feed-dialog" aria-label={full?.alt ?? t('Photo')} onClose={() => setFull(null)}>
        {!full && !fullError && <Spinner />}
        {fullError && <p role="alert">{fullError}</p>}
        {full && <img src={full.url} alt={t('{{photo}}, full size', { photo: full.alt })} width={full.width} height={full.height} />}
        {full?.documentUrl && (
          <p>
            <a href={full.documentUrl} download>{t('Download the whole letter (PDF)')}</a>
          </p>
        )}
        <form method="dialog">
          <Button type="submit" variant="secondary">{t('Close')}</Button>
        </form>
      </dialog>
    </Page>
  );
}

function Thumb({ photo, alt, onOpen }: { photo: FeedPhotoFragment; alt: string; onOpen: (photo: FeedPhotoFragment, alt: string) => void }) {
  const t = useT();
  return (
    <button type="button" className="feed-thumb" onClick={() => onOpen(photo, alt)} aria-label={t('Open {{photo}} full size', { photo: alt })}>
      <img src={photo.thumbnailUrl} alt={alt} loading="lazy" />
    </button>
  );
}

function FeedEntry({ item, onOpen }: { item: Item; onOpen: (photo: FeedPhotoFragment, alt: string) => void }) {
  const t = useT();
  const name = item.child?.firstName ?? t('your child');
  if (item.photo) {
    const alt = t('New photo of {{name}}', { name });
    return (
      <>
        <h2 className="feed-title">{alt}</h2>
        <p className="muted">{[item.project?.name, when(item.occurredAt)].filter(Boolean).join(' · ')}</p>
        <Thumb photo={item.photo} alt={alt} onOpen={onOpen} />
      </>
    );
  }
  if (item.letter) {
    return (
      <>
        <h2 className="feed-title">{t('A letter from')} {name}</h2>
        <p className="muted">{when(item.occurredAt)}</p>
        <p className="feed-text">{item.letter.body.length > 280 ? `${item.letter.body.slice(0, 280)}…` : item.letter.body}</p>
        <Link to="letters">{t('Read it in Letters')}</Link>
      </>
    );
  }
  const u = item.projectUpdate!;
  return (
    <>
      <h2 className="feed-title">{t('News from {{project}}', { project: item.project?.name ?? t('the project') })}</h2>
      <p className="muted">{[u.authorName, when(item.occurredAt)].filter(Boolean).join(' · ')}</p>
      <p className="feed-text">{u.body}</p>
      {u.photo && <Thumb photo={u.photo} alt={t('Photo from {{project}}', { project: item.project?.name ?? t('the project') })} onOpen={onOpen} />}
    </>
  );
}
