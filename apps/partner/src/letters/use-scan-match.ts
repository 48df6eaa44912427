import { useSession, useT } from '@portal/ui';
import { useState } from 'react';
import { config } from '../config';

/** What the API matched a scanned reply to (see apps/api/src/modules/letters/reply-scan.handler.ts). */
export interface ScanMatch {
  via: 'QR' | 'CHILD_CODE' | 'NONE';
  inReplyToId: string | null;
  childId: string | null;
  childCode: string | null;
  childFirstName: string | null;
  message: string;
}

const matchUrl = () => new URL('/letters/replies/scan-match', new URL(config.apiUrl, window.location.href)).href;

/** Sends a scan of a child's reply to be matched by its print-pack QR code (bytes in the body, not GraphQL). */
export function useScanMatch() {
  const t = useT();
  const { fetchWithSession } = useSession();
  const [busy, setBusy] = useState(false);

  async function match(file: File): Promise<ScanMatch | { error: string }> {
    setBusy(true);
    try {
      const response = await fetchWithSession(matchUrl(), { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream' }, body: file });
      const json = (await response.json().catch(() => ({}))) as Partial<ScanMatch> & { message?: string };
      if (!response.ok) return { error: json.message ?? t('We could not read this scan.') };
      return json as ScanMatch;
    } catch {
      return { error: t('We could not send the scan. Check your connection and try again.') };
    } finally {
      setBusy(false);
    }
  }

  return { match, busy };
}
