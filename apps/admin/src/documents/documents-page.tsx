import type { DocumentAudience, DocumentType } from '@portal/graphql-types';
import { DocumentLibrary, DocumentUploadForm, Page, useT } from '@portal/ui';
import { DocumentStaffActions } from './document-staff-actions';
import { useDocumentTargets } from './document-targets';

const TYPES: DocumentType[] = ['DONATION_STATEMENT', 'CHILD_PROGRESS_REPORT', 'PARTNER_AGREEMENT', 'GUIDE', 'OTHER'];
const AUDIENCES: DocumentAudience[] = ['ACCOUNT', 'PROJECT_SPONSORS', 'PROJECT_PARTNER', 'PARTNER_ORGANIZATION', 'ALL_SPONSORS', 'ALL_PARTNERS'];

/** Staff: publish documents, review partners' uploads, and the whole library with its versions. */
export function DocumentsPage() {
  const t = useT();
  const targets = useDocumentTargets();
  return (
    <Page title={t('Documents')} intro={t('Publish statements, reports, agreements and guides; review what partners upload.')}>
      <h2>{t('Waiting for review')}</h2>
      <DocumentLibrary status={['PENDING_REVIEW']} showAudience emptyTitle={t('No partner uploads waiting for review')} actions={(d) => <DocumentStaffActions doc={d} />} />
      <h2>{t('Publish a document')}</h2>
      <DocumentUploadForm submitLabel={t('Publish')} types={TYPES} audiences={AUDIENCES} targets={targets} doneMessage={t('Published. Its audience has been notified.')} />
      <h2>{t('All documents')}</h2>
      <DocumentLibrary showAudience actions={(d) => <DocumentStaffActions doc={d} />} />
    </Page>
  );
}
