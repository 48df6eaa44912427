import './uploads.css';
import { useQuery } from '@apollo/client/react';
import { PartnerUploadBatchDocument } from '@portal/graphql-types';
import { Button, Page, useT, formatNumber } from '@portal/ui';
import { useId } from 'react';
import { NeedsAttentionList } from './needs-attention-list';
import type { QueuedFile } from './upload-queue-store';
import { useUploadQueue } from './use-upload-queue';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/tiff,image/heic,image/heif,.heic,.heif,application/pdf';

const megabytes = (n: number) => `${formatNumber(n / 1_000_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;

const STATUS_TEXT: Record<QueuedFile['status'], string> = { waiting: 'Waiting', uploading: 'Sending', sent: 'Sent', failed: 'Failed' };

/** Partners send photos and scanned letters of a visit: from files or a whole folder, resumable, then fix the matches. */
export function UploadsPage() {
  const t = useT();
  const id = useId();
  const { files, batchId, preparing, addFiles, retry, startNewBatch } = useUploadQueue();
  const { data, refetch } = useQuery(PartnerUploadBatchDocument, { variables: { id: batchId ?? '' }, skip: !batchId, pollInterval: 3000 });
  const batch = data?.uploadBatch ?? null;
  const totalBytes = files.reduce((sum, f) => sum + f.blob.size, 0);
  const sentBytes = files.reduce((sum, f) => sum + (f.status === 'sent' ? f.blob.size : f.sentBytes), 0);
  const sentCount = files.filter((f) => f.status === 'sent').length;
  const failed = files.filter((f) => f.status === 'failed');
  const savedBytes = files.reduce((sum, f) => sum + (f.originalSize - f.blob.size), 0);
  const busy = preparing > 0 || files.some((f) => f.status === 'waiting' || f.status === 'uploading');

  const pick = (list: FileList | null) => {
    if (list?.length) void addFiles([...list]);
  };

  return (
    <Page title={t('Upload photos')} intro={t('Photos and scanned letters from your visits. Each file is matched to a child by the child code or name in its file or folder name; staff check them before sponsors see them.')}>
      <section aria-labelledby={`${id}-pick`} className="upload-pick">
        <h2 id={`${id}-pick`} className="visually-hidden">{t('Choose files')}</h2>
        <label className="btn btn-primary upload-input">
          {t('Choose photos')}
          <input type="file" multiple accept={ACCEPT} onChange={(e) => { pick(e.target.files); e.target.value = ''; }} />
        </label>
        <label className="btn btn-secondary upload-input">
          {t('Choose a folder')}
          <input type="file" multiple {...{ webkitdirectory: '' }} onChange={(e) => { pick(e.target.files); e.target.value = ''; }} />
        </label>
        <p className="muted">{t('JPEG, PNG, WebP, TIFF, HEIC or PDF. Photos are made smaller in your browser before they are sent. You can close this page and continue later.')}</p>
      </section>

      {files.length > 0 && (
        <section aria-labelledby={`${id}-queue`}>
          <h2 id={`${id}-queue`}>{t('This batch')}</h2>
          <p id={`${id}-progress-text`} role="status">
            {t('{{sent}} of {{count}} files sent ({{sentSize}} of {{totalSize}})', { sent: sentCount, count: files.length, sentSize: megabytes(sentBytes), totalSize: megabytes(totalBytes) })}
            {savedBytes > 0 && t('; {{size}} saved by shrinking photos', { size: megabytes(savedBytes) })}
            {preparing > 0 && t('; preparing {{count}} more', { count: preparing })}.
          </p>
          <progress className="batch-progress" aria-label={t('Batch progress')} value={sentBytes} max={totalBytes || 1} />
          <ul className="upload-list">
            {files.map((f) => (
              <li key={f.id} className={`upload-row upload-${f.status}`}>
                <span className="upload-name">
                  {f.folderPath ? `${f.folderPath}/` : ''}
                  {f.name}
                </span>
                <progress aria-label={t('Progress of {{file}}', { file: f.name })} value={f.status === 'sent' ? f.blob.size : f.sentBytes} max={f.blob.size || 1} />
                <span className="upload-status">{STATUS_TEXT[f.status]}</span>
                {f.status === 'failed' && (
                  <>
                    <span className="upload-error">{f.error}</span>
                    <Button variant="secondary" onClick={() => void retry(f.id)} aria-label={t('Retry {{file}}', { file: f.name })}>
                      {t('Retry')}
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ul>
          {failed.length > 1 && (
            <Button variant="secondary" onClick={() => failed.forEach((f) => void retry(f.id))}>
              {t('Retry all failed files')}
            </Button>
          )}
        </section>
      )}

      {batch && (
        <section aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`}>{t('Summary')}</h2>
          <dl className="upload-summary">
            <div><dt>{t('Matched')}</dt><dd>{batch.summary.matched}</dd></div>
            <div><dt>{t('Needs attention')}</dt><dd>{batch.summary.needsAttention}</dd></div>
            <div><dt>{t('Failed')}</dt><dd>{batch.summary.failed}</dd></div>
            <div><dt>{t('Already uploaded')}</dt><dd>{batch.summary.duplicates}</dd></div>
            <div><dt>{t('Being processed')}</dt><dd>{batch.summary.queued + batch.summary.awaitingFile}</dd></div>
          </dl>
          {batch.failures.nodes.length > 0 && (
            <>
              <h3>{t('Files that could not be used')}</h3>
              <ul className="upload-failures">
                {batch.failures.nodes.map((u) => (
                  <li key={u.id}>
                    <strong>{u.fileName}</strong>: {u.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <NeedsAttentionList uploads={batch.needsAttention.nodes} onFixed={() => void refetch()} />
          {!busy && (
            <Button variant="secondary" onClick={() => void startNewBatch()}>
              {t('Start a new batch')}
            </Button>
          )}
        </section>
      )}
    </Page>
  );
}
