import { useSession, useT } from '@portal/ui';
import { useState } from 'react';
import { config } from '../config';
import { csvQuery, type AuditFilterVariables } from './audit-filter';
import { fileNameOf, saveBlob } from './download-csv';

/**
 * Downloads the filtered audit log as CSV. The export needs the bearer token, which a plain link
 * cannot send, so the file is fetched here and saved from a blob.
 */
export function useCsvDownload(variables: AuditFilterVariables) {
  const t = useT();
  const { fetchWithSession } = useSession();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  async function start() {
    if (busy) return;
    setBusy(true);
    setDone(null);
    setFailed(null);
    try {
      const response = await fetchWithSession(config.auditCsvUrl + csvQuery(variables));
      if (!response.ok) throw new Error(`status ${response.status}`);
      const name = fileNameOf(response);
      saveBlob(await response.blob(), name);
      setDone(t('Downloaded {{file}}.', { file: name }));
    } catch {
      setFailed(t('We could not download the CSV file. Check your connection and try again.'));
    }
    setBusy(false);
  }

  return { start, busy, done, failed };
}
