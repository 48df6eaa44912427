import { useApolloClient } from '@apollo/client/react';
import { SponsorLetterScanDownloadDocument } from '@portal/graphql-types';
import { Button, useT } from '@portal/ui';
import { useState } from 'react';

export interface ScanViewProps {
  letterId: string;
  childName: string;
  /** `pageCount` is set for a PDF scan, which downloads whole (every page); the view shows page 1. */
  scan: { url?: string | null; ready: boolean; width?: number | null; height?: number | null; pageCount?: number | null };
}

/**
 * The child's handwritten letter as the partner scanned it: shown, opened full size in a new tab, or
 * downloaded (a PDF scan downloads whole, every page). The download link is asked for only on click (each
 * handing-out is audited as a download).
 */
export function LetterScanView({ letterId, childName, scan }: ScanViewProps) {
  const t = useT();
  const client = useApolloClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.query({ query: SponsorLetterScanDownloadDocument, variables: { id: letterId }, fetchPolicy: 'network-only' });
      const url = data?.letter?.scan?.downloadUrl;
      if (url) window.location.assign(url);
      else setProblem(t('The letter cannot be downloaded right now. Please try again later.'));
    } catch {
      setProblem(t('We could not download the letter. Check your connection and try again.'));
    }
    setBusy(false);
  }

  const pages = scan.pageCount;
  const downloadLabel = !pages ? t('Download the letter') : pages === 1 ? t('Download the letter (PDF, 1 page)') : t('Download the letter (PDF, {{n}} pages)', { n: pages });

  if (!scan.ready || !scan.url) return <p className="muted">{t('The scan of this letter is being prepared.')}</p>;
  return (
    <figure className="card letter-scan">
      <img src={scan.url} alt={t('The letter {{name}} wrote, as scanned by the project team', { name: childName })} width={scan.width ?? undefined} height={scan.height ?? undefined} />
      <figcaption className="button-row">
        <a className="btn btn-secondary" href={scan.url} target="_blank" rel="noreferrer">
          {t('Open full size')}
        </a>
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void download()}>
          {downloadLabel}
        </Button>
      </figcaption>
      {pages && pages > 1 ? <p className="muted">{t('Page 1 of {{n}} is shown: download the letter to read every page.', { n: pages })}</p> : null}
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </figure>
  );
}
