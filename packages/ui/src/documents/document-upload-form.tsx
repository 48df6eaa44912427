import { useApolloClient } from '@apollo/client/react';
import type { DocumentAudience, DocumentType, UserErrorFieldsFragment } from '@portal/graphql-types';
import { useState, type FormEvent } from 'react';
import { Button } from '../components/button';
import { FormAlert, StatusMessage } from '../components/form-alert';
import { fieldError, otherErrors } from '../components/form-errors';
import { SelectField, type SelectOption } from '../components/select-field';
import { TextField } from '../components/text-field';
import { useT } from '../i18n/i18n';
import { DOCUMENT_AUDIENCE_LABEL, DOCUMENT_TYPE_LABEL } from './labels';
import { uploadDocument } from './upload-document';

export interface DocumentUploadFormProps {
  /** The heading-level label of the form's submit button. */
  submitLabel: string;
  types: readonly DocumentType[];
  audiences: readonly DocumentAudience[];
  /** Who an audience may point at (accounts, projects, organizations); none for "all" audiences. */
  targets: (audience: DocumentAudience) => readonly SelectOption[];
  /** Said after a successful upload. */
  doneMessage: string;
  onDone?: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Upload a document: type, title, date, audience and the file (sent straight to storage). */
export function DocumentUploadForm({ submitLabel, types, audiences, targets, doneMessage, onDone }: DocumentUploadFormProps) {
  const t = useT();
  const client = useApolloClient();
  const [type, setType] = useState<DocumentType>(types[0]);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today());
  const [audience, setAudience] = useState<DocumentAudience>(audiences[0]);
  const [targetId, setTargetId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<UserErrorFieldsFragment[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const targetOptions = targets(audience);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!file) return setErrors([{ code: 'REQUIRED', field: ['input', 'file'], message: t('Choose the file to upload.') }]);
    setBusy(true);
    try {
      const r = await uploadDocument(client, { type, title, documentDate: date, audience, targetId: targetOptions.length ? targetId || null : null }, file);
      if ('errors' in r) return setErrors(r.errors);
      setErrors(null);
      setTitle('');
      setFile(null);
      (event.target as HTMLFormElement).reset();
      setDone(doneMessage);
      await client.refetchQueries({ include: ['DocumentLibrary'] });
      onDone?.();
    } catch {
      setErrors([{ code: 'INVALID', field: null, message: t('The upload failed. Check your connection and try again.') }]);
    } finally {
      setBusy(false);
    }
  }

  const fileError = fieldError(errors, 'file') ?? fieldError(errors, 'fileName') ?? fieldError(errors, 'contentType') ?? fieldError(errors, 'byteSize') ?? fieldError(errors, 'versionId');
  const rest = otherErrors(errors, ['title', 'documentDate', 'targetId', 'audience', 'type', 'file', 'fileName', 'contentType', 'byteSize', 'versionId']);
  return (
    <form className="document-upload card" onSubmit={(e) => void submit(e)} noValidate>
      {rest.length > 0 && <FormAlert messages={rest} />}
      <SelectField label={t('Type')} value={type} onChange={(e) => setType(e.target.value as DocumentType)} error={fieldError(errors, 'type')}
        options={types.map((k) => ({ value: k, label: DOCUMENT_TYPE_LABEL[k] }))} />
      <TextField label={t('Title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} error={fieldError(errors, 'title')} />
      <TextField label={t('Date of the document')} type="date" value={date} onChange={(e) => setDate(e.target.value)} required error={fieldError(errors, 'documentDate')} />
      {audiences.length > 1 && (
        <SelectField label={t('Who is it for?')} value={audience} onChange={(e) => { setAudience(e.target.value as DocumentAudience); setTargetId(''); }} error={fieldError(errors, 'audience')}
          options={audiences.map((a) => ({ value: a, label: DOCUMENT_AUDIENCE_LABEL[a] }))} />
      )}
      {targetOptions.length > 0 && (
        <SelectField label={DOCUMENT_AUDIENCE_LABEL[audience]} value={targetId} onChange={(e) => setTargetId(e.target.value)} error={fieldError(errors, 'targetId')}
          options={[{ value: '', label: t('Choose…') }, ...targetOptions]} />
      )}
      <div className="field">
        <label htmlFor="document-file">{t('File (PDF, image, text, Word or Excel; up to 25 MB)')}</label>
        <input id="document-file" type="file" accept=".pdf,.jpg,.jpeg,.png,.txt,.docx,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-invalid={fileError ? true : undefined} />
        {fileError && <p className="field-error">{fileError}</p>}
      </div>
      <Button type="submit" disabled={busy}>{busy ? t('Uploading…') : submitLabel}</Button>
      <StatusMessage message={done} />
    </form>
  );
}
