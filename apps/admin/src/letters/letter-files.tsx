import { useApolloClient } from '@apollo/client/react';
import { ReviewLetterScanDownloadDocument, type ReviewLetterFragment } from '@portal/graphql-types';
import { Button, useT } from '@portal/ui';
import { useState } from 'react';

/**
 * A PDF scan's every page, for the reviewer to read before release (the preview shows page 1): the
 * download link is asked for only on click, as each handing-out is audited as a download.
 */
function WholeLetter({ letterId, pages }: { letterId: string; pages: number }) {
  const t = useT();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function open() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.query({ query: ReviewLetterScanDownloadDocument, variables: { id: letterId }, fetchPolicy: 'network-only' });
      const url = data?.letter?.scan?.downloadUrl;
      if (url) window.location.assign(url);
      else setProblem(t('The PDF cannot be fetched right now: reload and try again.'));
    } catch {
      setProblem(t('The PDF could not be fetched. Check your connection and try again.'));
    }
    setBusy(false);
  }

  return (
    <>
      <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void open()}>
        {pages === 1 ? t('Read the whole letter (PDF, 1 page)') : t('Read the whole letter (PDF, {{n}} pages)', { n: pages })}
      </Button>
      {problem && (
        <span role="alert" className="field-error">
          {problem}
        </span>
      )}
    </>
  );
}

/**
 * What came with a letter, for the reviewer's visual check: the scan of a child's handwritten letter
 * (large enough to read, or why it is not there yet; a PDF scan's every page on request) and the sponsor's
 * photos as thumbnails; each opens full size in a new tab.
 */
export function LetterFiles({ letter, name }: { letter: Pick<ReviewLetterFragment, 'id' | 'photos' | 'scan'>; name: string }) {
  const t = useT();
  const { scan, photos } = letter;
  if (!scan && photos.length === 0) return null;
  return (
    <div className="letter-files">
      {scan &&
        (scan.ready && scan.url ? (
          <figure className="review-scan">
            <a href={scan.url} target="_blank" rel="noreferrer">
              <img src={scan.url} alt={t('Scan of {{name}}', { name })} width={scan.width ?? undefined} height={scan.height ?? undefined} />
            </a>
            <figcaption>
              <a href={scan.url} target="_blank" rel="noreferrer">
                {t('Open the scan full size')}
              </a>
              {scan.pageCount ? <WholeLetter letterId={letter.id} pages={scan.pageCount} /> : null}
            </figcaption>
          </figure>
        ) : (
          <p className="field-error">{scan.problem ? t('The scan could not be used: {{problem}}', { problem: scan.problem }) : t('The scan is still being processed: reload in a moment.')}</p>
        ))}
      {photos.length > 0 && (
        <ul className="review-photos" aria-label={t('Photos with {{name}}', { name })}>
          {photos.map((p, i) => (
            <li key={p.id}>
              <a href={p.url} target="_blank" rel="noreferrer">
                <img src={p.url} alt={t('Photo {{n}} of {{count}}, open full size', { n: i + 1, count: photos.length })} width={Math.round((p.width / p.height) * 120)} height={120} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
