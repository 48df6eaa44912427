import { useMutation, useQuery } from '@apollo/client/react';
import { MyPersonalArchivesDocument, PersonalArchiveDownloadDocument, RequestPersonalArchiveDocument } from '@portal/graphql-types';
import { Button, Card, FormAlert, formatMoment, openDownload, StatusMessage, useT } from '@portal/ui';
import { useEffect, useState } from 'react';

/** While an archive is being built, the screen asks every few seconds whether it is ready. */
const POLL_MS = 5000;

/** The personal archive: one ZIP of all my letters and my children's photos, built in the background. */
export function ArchiveSection() {
  const t = useT();
  const { data, startPolling, stopPolling } = useQuery(MyPersonalArchivesDocument, { fetchPolicy: 'cache-and-network' });
  const [request, { loading: asking }] = useMutation(RequestPersonalArchiveDocument, { refetchQueries: ['MyPersonalArchives'] });
  const [download] = useMutation(PersonalArchiveDownloadDocument);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const archives = data?.myPersonalArchives.nodes ?? [];
  const building = archives.find((a) => a.status === 'QUEUED' || a.status === 'BUILDING');
  const ready = archives.find((a) => a.status === 'READY');
  const isBuilding = !!building;
  useEffect(() => {
    if (!isBuilding) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [isBuilding, startPolling, stopPolling]);

  async function ask() {
    setError(null);
    const r = await request();
    const p = r.data?.requestPersonalArchive;
    if (p?.userErrors.length) return setError(p.userErrors[0].message);
    setMessage(p?.started ? t('We are preparing your archive. We will tell you when it is ready.') : t('Your archive is already being prepared.'));
  }

  async function get(id: string) {
    setError(null);
    try {
      const r = await download({ variables: { archiveId: id } });
      const link = r.data?.personalArchiveDownload;
      if (link?.url) openDownload(link.url, link.fileName ?? 'archive.zip');
      else setError(link?.userErrors[0]?.message ?? t('The archive could not be downloaded. Try again.'));
    } catch {
      setError(t('The archive could not be downloaded. Try again.'));
    }
  }

  return (
    <Card className="archive-section">
      <h2>{t('Personal archive')}</h2>
      <p className="muted">{t('One ZIP file with all your letters (both ways) and the photos of your sponsored children.')}</p>
      {error && <FormAlert messages={[error]} />}
      {ready && (
        <p>
          {t('Ready since {{date}}: {{letters}} letters and {{files}} files.', { date: formatMoment(ready.readyAt), letters: ready.letterCount ?? 0, files: ready.fileCount ?? 0 })}{' '}
          <Button variant="secondary" onClick={() => void get(ready.id)}>{t('Download archive')}</Button>
        </p>
      )}
      {building ? (
        <p role="status">{t('Your archive is being prepared (asked {{date}}).', { date: formatMoment(building.createdAt) })}</p>
      ) : (
        <Button onClick={() => void ask()} disabled={asking}>{ready ? t('Prepare a new archive') : t('Prepare my archive')}</Button>
      )}
      {archives[0]?.status === 'FAILED' && <p>{t('The last archive could not be prepared. Please ask again.')}</p>}
      <StatusMessage message={message} />
    </Card>
  );
}
