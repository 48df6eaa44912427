import { saveBlob, useSession, useT } from '@portal/ui';
import { useState } from 'react';
import { config } from '../config';

const printPackUrl = (ids: readonly string[]) =>
  `${new URL('/letters/print-pack.pdf', new URL(config.apiUrl, window.location.href)).href}?ids=${ids.map(encodeURIComponent).join(',')}`;


/**
 * Downloads the print pack (one PDF) of some letters. The endpoint needs the bearer token, which a
 * plain link cannot send, so the file is fetched here and saved from a blob.
 */
export function usePrintPack() {
  const t = useT();
  const { fetchWithSession } = useSession();
  const [busy, setBusy] = useState(false);

  async function download(ids: readonly string[]): Promise<{ ok: boolean; message: string }> {
    setBusy(true);
    try {
      const response = await fetchWithSession(printPackUrl(ids));
      if (!response.ok) throw new Error(`status ${response.status}`);
      const name = /filename="?([^";]+)"?/i.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'letters.pdf';
      saveBlob(await response.blob(), name);
      return { ok: true, message: t('Downloaded {{file}} with {{count}} letters.', { file: name, count: ids.length }) };
    } catch {
      return { ok: false, message: t('We could not download the print pack. Check your connection and try again.') };
    } finally {
      setBusy(false);
    }
  }

  return { download, busy };
}
