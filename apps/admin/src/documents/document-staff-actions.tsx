import { useApolloClient, useMutation, useLazyQuery } from '@apollo/client/react';
import { DocumentDownloadDocument, DocumentVersionsDocument, ReviewDocumentDocument, type DocumentRowFragment } from '@portal/graphql-types';
import { Button, FormAlert, formatMoment, openDownload, TextField, uploadDocumentVersion, useT } from '@portal/ui';
import { useState } from 'react';

/** Staff controls on one document: approve or reject a partner's upload, see and download every version, upload a new one. */
export function DocumentStaffActions({ doc }: { doc: DocumentRowFragment }) {
  const t = useT();
  const client = useApolloClient();
  const [review, { loading: reviewing }] = useMutation(ReviewDocumentDocument, { refetchQueries: ['DocumentLibrary'] });
  const [loadVersions, versions] = useLazyQuery(DocumentVersionsDocument, { fetchPolicy: 'network-only' });
  const [download] = useMutation(DocumentDownloadDocument);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function decide(decision: 'APPROVE' | 'REJECT') {
    const r = await review({ variables: { input: { documentId: doc.id, decision, reason: decision === 'REJECT' ? reason : null } } });
    const e = r.data?.reviewDocument.userErrors ?? [];
    setErrors(e.map((x) => x.message));
    if (!e.length) setRejecting(false);
  }

  async function newVersion(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    try {
      const r = await uploadDocumentVersion(client, doc.id, file);
      setErrors('errors' in r ? r.errors.map((x) => x.message) : []);
      await client.refetchQueries({ include: ['DocumentLibrary', 'DocumentVersions'] });
    } catch {
      setErrors([t('The upload failed. Check your connection and try again.')]);
    } finally {
      setBusy(false);
    }
  }

  async function getVersion(versionId: string) {
    const r = await download({ variables: { input: { documentId: doc.id, versionId } } });
    const link = r.data?.documentDownload;
    if (link?.url) openDownload(link.url, link.fileName ?? '');
  }

  return (
    <div className="document-staff-actions">
      {errors.length > 0 && <FormAlert messages={errors} />}
      {doc.status === 'PENDING_REVIEW' && !rejecting && (
        <>
          <Button onClick={() => void decide('APPROVE')} disabled={reviewing}>{t('Approve and publish')}</Button>
          <Button variant="secondary" onClick={() => setRejecting(true)}>{t('Reject')}</Button>
        </>
      )}
      {rejecting && (
        <>
          <TextField label={t('Why? The partner sees this.')} value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button onClick={() => void decide('REJECT')} disabled={reviewing}>{t('Reject document')}</Button>
          <Button variant="secondary" onClick={() => setRejecting(false)}>{t('Cancel')}</Button>
        </>
      )}
      {doc.status === 'PUBLISHED' && (
        <label className="btn btn-secondary">
          {busy ? t('Uploading…') : t('Upload a new version')}
          <input type="file" hidden aria-label={t('New version of {{title}}', { title: doc.title })} onChange={(e) => void newVersion(e.target.files?.[0])} />
        </label>
      )}
      <Button variant="secondary" onClick={() => void loadVersions({ variables: { id: doc.id } })}>{t('Versions')}</Button>
      {versions.data?.document && (
        <ul>
          {versions.data.document.versions.nodes.map((v) => (
            <li key={v.id}>
              {t('Version {{n}}: {{file}}, {{date}}', { n: v.number, file: v.fileName, date: formatMoment(v.createdAt) })}{' '}
              <Button variant="secondary" onClick={() => void getVersion(v.id)}>{t('Download')}</Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
