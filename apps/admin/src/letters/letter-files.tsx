import type { ReviewLetterFragment } from '@portal/graphql-types';
import { useT } from '@portal/ui';

/**
 * What came with a letter, for the reviewer's visual check: the scan of a child's handwritten letter
 * (large enough to read, or why it is not there yet) and the sponsor's photos as thumbnails; each opens
 * full size in a new tab.
 */
export function LetterFiles({ letter, name }: { letter: Pick<ReviewLetterFragment, 'photos' | 'scan'>; name: string }) {
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
