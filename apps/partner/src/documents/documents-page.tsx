import { useQuery } from '@apollo/client/react';
import { PartnerDocumentProjectsDocument, type DocumentAudience, type DocumentType } from '@portal/graphql-types';
import { DocumentLibrary, DocumentUploadForm, Page, useRouter, useT } from '@portal/ui';
import { useCallback } from 'react';

const TYPES: DocumentType[] = ['CHILD_PROGRESS_REPORT', 'PARTNER_AGREEMENT', 'GUIDE', 'OTHER'];
const AUDIENCES: DocumentAudience[] = ['PROJECT_SPONSORS', 'PROJECT_PARTNER'];

/** Partner: documents for their organization and projects, and uploads for a project (reviewed by staff). */
export function DocumentsPage() {
  const t = useT();
  const { path } = useRouter();
  const highlightId = /^documents\/([^/]+)$/.exec(path)?.[1] ?? null;
  const { data } = useQuery(PartnerDocumentProjectsDocument);
  const targets = useCallback(() => (data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: p.name })), [data]);
  return (
    <Page title={t('Documents')} intro={t('Agreements and guides from the NGO, and documents you share about your projects.')}>
      <h2>{t('Upload a document for a project')}</h2>
      <DocumentUploadForm submitLabel={t('Send for review')} types={TYPES} audiences={AUDIENCES} targets={targets} doneMessage={t('Sent. Staff will review it before it is published.')} />
      <DocumentLibrary showAudience highlightId={highlightId ? decodeURIComponent(highlightId) : null} />
    </Page>
  );
}
