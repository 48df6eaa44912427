export { saveBlob } from '@portal/ui';

const FALLBACK_NAME = 'audit-events.csv';

/** The file name from `Content-Disposition: attachment; filename="…"`, or a default. */
export function fileNameOf(response: Response): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename="?([^";]+)"?/i.exec(header);
  return match?.[1]?.trim() || FALLBACK_NAME;
}

