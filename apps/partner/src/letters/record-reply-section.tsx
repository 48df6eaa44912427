import { useMutation, useQuery } from '@apollo/client/react';
import { RecordChildReplyDocument, ReplyChildSearchDocument } from '@portal/graphql-types';
import { Button, FormAlert, StatusMessage, TextField, useDebouncedValue, useT } from '@portal/ui';
import { useId, useState } from 'react';
import { useScanMatch } from './use-scan-match';
import { useScanUpload } from './use-scan-upload';

/**
 * A child's reply: the scan of the handwritten letter (matched to the letter it answers by its QR code,
 * then stored as the letter the sponsor reads) and/or a typed text; sent to the team for review.
 */
export function RecordReplySection() {
  const id = useId();
  const t = useT();
  const uploadScan = useScanUpload();
  const [scanFile, setScanFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  // Remounts the file input after a reply is recorded, so it is empty again.
  const [scanInputKey, setScanInputKey] = useState(0);
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), 300);
  const { data } = useQuery(ReplyChildSearchDocument, { variables: { search: term }, skip: !term });
  const [record, recording] = useMutation(RecordChildReplyDocument, { refetchQueries: ['RecordedReplies'] });
  const loading = recording.loading || sending;
  const [childId, setChildId] = useState<string | null>(null);
  // The letter the reply answers, when a scan's print-pack QR code named it.
  const [inReplyTo, setInReplyTo] = useState<{ id: string; label: string } | null>(null);
  const [scanNote, setScanNote] = useState<string | null>(null);
  const scan = useScanMatch();
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const matches = term ? (data?.children.nodes ?? []) : [];

  async function submit() {
    if (loading) return;
    const missing = [!childId && t('Choose the child who wrote the reply.'), !body.trim() && !scanFile && t('Add the scan of the reply or type its text.')].filter((m): m is string => !!m);
    if (missing.length) return setProblems(missing);
    setProblems([]);
    setSending(true);
    try {
      let scanUploadId: string | null = null;
      if (scanFile) {
        setNotice(t('Sending the scan…'));
        const sent = await uploadScan(scanFile);
        if ('error' in sent) {
          setNotice(null);
          return setProblems([sent.error]);
        }
        scanUploadId = sent.uploadId;
      }
      const { data: result } = await record({ variables: { input: { childId: childId!, body, inReplyToId: inReplyTo?.id ?? null, scanUploadId } } });
      const errors = result?.recordChildReply.userErrors ?? [];
      if (errors.length) {
        setNotice(null);
        return setProblems(errors.map((e) => e.message));
      }
      setNotice(scanFile ? t('The reply and its scan were recorded and sent to the team for review.') : t('The reply was recorded and sent to the team for review.'));
      setScanFile(null);
      setScanInputKey((k) => k + 1);
      setBody('');
      setChildId(null);
      setSearch('');
      setInReplyTo(null);
      setScanNote(null);
    } catch {
      setNotice(null);
      setProblems([t('We could not record the reply. Check your connection and try again.')]);
    } finally {
      setSending(false);
    }
  }

  async function readScan(file: File | undefined) {
    setScanFile(file ?? null);
    if (!file) return;
    setScanNote(t('Reading the scan…'));
    const found = await scan.match(file);
    if ('error' in found) return setScanNote(found.error);
    setScanNote(found.message);
    setInReplyTo(found.via === 'QR' && found.inReplyToId ? { id: found.inReplyToId, label: t('the letter to {{child}} ({{code}})', { child: found.childFirstName ?? t('the child'), code: found.childCode }) } : null);
    if (found.childId && found.childCode) {
      setSearch(found.childCode);
      setChildId(found.childId);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="reply-section">
      <h2 id={`${id}-h`}>{t('Record a reply')}</h2>
      <p className="muted">{t('Add the scan or photo of a letter a child wrote to their sponsor, and type its text if you can. The team checks it before the sponsor sees it.')}</p>
      <StatusMessage message={notice} />
      <FormAlert messages={problems} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-scan`}>{t('Scan of the reply')}</label>
          <span id={`${id}-scan-hint`} className="field-hint">
            {t('A photo or scan of the child’s letter: the sponsor receives it as it is. The QR code of the printed letter links the reply to it.')}
          </span>
          <input
            key={scanInputKey}
            id={`${id}-scan`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/tiff,application/pdf"
            aria-describedby={`${id}-scan-hint ${id}-scan-result`}
            onChange={(e) => void readScan(e.target.files?.[0])}
          />
          <p id={`${id}-scan-result`} role="status" className="muted">
            {scanNote}
          </p>
          {inReplyTo && (
            <p className="muted">
              {t('In reply to:')} {inReplyTo.label}{' '}
              <button type="button" className="link-button" onClick={() => setInReplyTo(null)}>
                {t('Not a reply to this letter')}
              </button>
            </p>
          )}
        </div>
        <TextField label={t('Find the child')} hint={t('By child code or name')} type="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />
        <fieldset className="child-options">
          <legend>{t('Child')}</legend>
          {term && matches.length === 0 && <p className="muted">{t('No children match “')}{term}”.</p>}
          {!term && <p className="muted">{t('Search to list children.')}</p>}
          {matches.map((child) => (
            <label key={child.id} className="check-row">
              <input type="radio" name="reply-child" checked={childId === child.id} onChange={() => setChildId(child.id)} />
              {child.firstName} {child.lastName ?? ''} ({child.code})
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('Reply text (optional with a scan)')}</label>
          <textarea id={`${id}-body`} className="letter-textarea" value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
        <Button type="submit" aria-disabled={loading || undefined}>
          {t('Record reply')}
        </Button>
      </form>
    </section>
  );
}
