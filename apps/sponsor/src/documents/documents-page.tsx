import { DocumentLibrary, Page, useRouter, useT } from '@portal/ui';
import { ArchiveSection } from './archive-section';

/** The sponsor's documents: statements, reports and guides published for them, and their personal archive. */
export function DocumentsPage() {
  const t = useT();
  const { path } = useRouter();
  // A notification links to "documents/<id>": that document is highlighted.
  const highlightId = /^documents\/([^/]+)$/.exec(path)?.[1] ?? null;
  return (
    <Page title={t('Documents')} intro={t('Your donation statements, news about your children and guides, and an archive of everything you exchanged.')}>
      <ArchiveSection />
      <DocumentLibrary highlightId={highlightId ? decodeURIComponent(highlightId) : null} />
    </Page>
  );
}
