import { useMutation, useQuery } from '@apollo/client/react';
import { DocumentDownloadDocument, DocumentLibraryDocument, type DocumentRowFragment, type DocumentStatus, type DocumentType } from '@portal/graphql-types';
import { useState, type ReactNode } from 'react';
import { Badge } from '../components/badge';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { FormAlert } from '../components/form-alert';
import { formatDay } from '../components/format';
import { SelectField } from '../components/select-field';
import { Spinner } from '../components/spinner';
import { TextField } from '../components/text-field';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useT } from '../i18n/i18n';
import { DOCUMENT_STATUS, DOCUMENT_TYPE_LABEL } from './labels';
import './documents.css';

/** Opens a short-lived download link: the browser saves the file (the server names it). */
export function openDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

const kb = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`);

export interface DocumentLibraryProps {
  /** Only documents in these statuses (e.g. the review queue). */
  status?: DocumentStatus[];
  /** Extra controls per document (review, new version). */
  actions?: (doc: DocumentRowFragment) => ReactNode;
  /** A document to show first and highlight (opened from a notification). */
  highlightId?: string | null;
  /** Show who each document is for (staff, partners). */
  showAudience?: boolean;
  emptyTitle?: string;
}

/**
 * The document library: search by title, filter by type, grouped by type and newest first, each
 * with an audited download of its newest file. Row scope decides what the viewer sees.
 */
export function DocumentLibrary({ status, actions, highlightId, showAudience = false, emptyTitle }: DocumentLibraryProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<DocumentType | ''>('');
  const debounced = useDebouncedValue(search, 300);
  const { data, loading, error } = useQuery(DocumentLibraryDocument, { variables: { first: 100, search: debounced || null, type: type || null, status: status ?? null }, fetchPolicy: 'cache-and-network' });
  const [download] = useMutation(DocumentDownloadDocument);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const docs = data?.documents.nodes ?? [];
  const types = (Object.keys(DOCUMENT_TYPE_LABEL) as DocumentType[]).filter((k) => docs.some((d) => d.type === k));

  async function get(doc: DocumentRowFragment) {
    setDownloadError(null);
    try {
      const r = await download({ variables: { input: { documentId: doc.id } } });
      const link = r.data?.documentDownload;
      if (link?.url) openDownload(link.url, link.fileName ?? '');
      else setDownloadError(link?.userErrors[0]?.message ?? t('The file could not be downloaded. Try again.'));
    } catch {
      setDownloadError(t('The file could not be downloaded. Try again.'));
    }
  }

  return (
    <section className="document-library" aria-label={t('Document library')}>
      <div className="document-filters">
        <TextField label={t('Search by title')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField
          label={t('Type')}
          value={type}
          onChange={(e) => setType(e.target.value as DocumentType | '')}
          options={[{ value: '', label: t('All types') }, ...(Object.entries(DOCUMENT_TYPE_LABEL) as Array<[DocumentType, string]>).map(([value, label]) => ({ value, label }))]}
        />
      </div>
      {downloadError && <FormAlert messages={[downloadError]} />}
      {error && <FormAlert messages={[t('The documents could not be loaded.')]} />}
      {loading && !data && <Spinner />}
      {data && docs.length === 0 && (
        <EmptyState title={emptyTitle ?? t('No documents yet')}>{search || type ? t('Nothing matches: try other words or all types.') : t('Documents published for you will appear here.')}</EmptyState>
      )}
      {types.map((k) => (
        <section key={k} className="document-group">
          <h2>{DOCUMENT_TYPE_LABEL[k]}</h2>
          <ul className="document-list">
            {docs.filter((d) => d.type === k).map((d) => (
              <li key={d.id} className={['card', 'document-row', d.id === highlightId ? 'highlight' : ''].filter(Boolean).join(' ')} aria-current={d.id === highlightId ? 'true' : undefined}>
                <div className="document-main">
                  <strong>{d.title}</strong>
                  <span className="muted">
                    {formatDay(d.documentDate)}
                    {d.currentVersion ? ` · ${d.currentVersion.fileName} (${kb(d.currentVersion.byteSize)})` : ''}
                    {d.currentVersion && d.currentVersion.number > 1 ? ` · ${t('version {{n}}', { n: d.currentVersion.number })}` : ''}
                  </span>
                  {showAudience && d.audienceName && <span className="muted">{t('For: {{name}}', { name: d.audienceName })}</span>}
                  {d.status !== 'PUBLISHED' && <Badge tone={DOCUMENT_STATUS[d.status].tone}>{DOCUMENT_STATUS[d.status].label}</Badge>}
                  {d.status === 'REJECTED' && d.rejectionReason && <span>{t('Reason: {{reason}}', { reason: d.rejectionReason })}</span>}
                </div>
                <div className="document-actions">
                  {d.currentVersion && (
                    <Button variant="secondary" onClick={() => void get(d)} aria-label={t('Download {{title}}', { title: d.title })}>
                      {t('Download')}
                    </Button>
                  )}
                  {actions?.(d)}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
