import { useMutation, useQuery } from '@apollo/client/react';
import { MarkLettersDeliveredDocument, MarkLettersPrintedDocument, PrintQueueDocument } from '@portal/graphql-types';
import { Button, EmptyState, FormAlert, Page, Spinner, StatusMessage, useT } from '@portal/ui';
import { useState } from 'react';
import { PrintGroup } from './print-group';
import { RecordReplySection } from './record-reply-section';
import { RecordedReplies } from './recorded-replies';
import { usePrintPack } from './use-print-pack';
import './letters.css';

type Shown = 'APPROVED' | 'PRINTED';

/** Released letters to print and to hand over, by project; and replies from children. */
export function PrintQueuePage() {
  const t = useT();
  const [shown, setShown] = useState<Shown>('APPROVED');
  const { data, error, refetch } = useQuery(PrintQueueDocument, { variables: { status: shown }, fetchPolicy: 'cache-and-network' });
  const [markPrinted, printed] = useMutation(MarkLettersPrintedDocument);
  const [markDelivered, delivered] = useMutation(MarkLettersDeliveredDocument);
  const pack = usePrintPack();
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const groups = data?.printQueue;
  const busy = pack.busy || printed.loading || delivered.loading;

  const select = (ids: readonly string[], on: boolean) =>
    setSelected((current) => (on ? [...new Set([...current, ...ids])] : current.filter((i) => !ids.includes(i))));

  const show = (next: Shown) => {
    setShown(next);
    setSelected([]);
  };

  const report = (ok: boolean, message: string) => {
    setNotice(ok ? message : null);
    setProblems(ok ? [] : [message]);
  };

  async function download() {
    if (busy || selected.length === 0) return;
    const result = await pack.download(selected);
    report(result.ok, result.message);
  }

  async function mark(kind: 'printed' | 'delivered') {
    if (busy || selected.length === 0) return;
    try {
      const variables = { input: { letterIds: [...selected] } };
      const { data: result } = kind === 'printed' ? await markPrinted({ variables }) : await markDelivered({ variables });
      const payload = result && ('markLettersPrinted' in result ? result.markLettersPrinted : result.markLettersDelivered);
      const failed = payload?.results.filter((r) => r.userError) ?? [];
      const ok = (payload?.results.length ?? 0) - failed.length;
      setNotice(ok > 0 ? (kind === 'printed' ? t('{{count}} letters marked printed.', { count: ok }) : t('{{count}} letters marked delivered.', { count: ok })) : null);
      setProblems(failed.map((r) => r.userError!.message));
      setSelected(failed.map((r) => r.id));
      void refetch();
    } catch {
      report(false, t('We could not save that. Check your connection and try again.'));
    }
  }

  return (
    <Page title={t('Letters')} intro={t('Letters from sponsors, approved by the team: print them, hand them over, and record the children’s replies.')}>
      <fieldset className="queue-choice">
        <legend>{t('Show')}</legend>
        <label className="check-row">
          <input type="radio" name="queue" checked={shown === 'APPROVED'} onChange={() => show('APPROVED')} />
          {t('To print')}
        </label>
        <label className="check-row">
          <input type="radio" name="queue" checked={shown === 'PRINTED'} onChange={() => show('PRINTED')} />
          {t('Printed, to hand over')}
        </label>
      </fieldset>
      <StatusMessage message={notice} />
      <FormAlert messages={problems} />
      <div className="button-row">
        <Button aria-disabled={busy || selected.length === 0 || undefined} onClick={() => void download()}>
          {t('Download print pack ({{count}})', { count: selected.length })}
        </Button>
        {shown === 'APPROVED' ? (
          <Button variant="secondary" aria-disabled={busy || selected.length === 0 || undefined} onClick={() => void mark('printed')}>
            {t('Mark printed')}
          </Button>
        ) : (
          <Button variant="secondary" aria-disabled={busy || selected.length === 0 || undefined} onClick={() => void mark('delivered')}>
            {t('Mark delivered')}
          </Button>
        )}
      </div>
      {error && !groups && (
        <div role="alert" className="alert">
          <p>{t('We could not load the letters.')} {error.message}</p>
        </div>
      )}
      {!groups && !error && <Spinner />}
      {groups && groups.length === 0 && <EmptyState title={shown === 'APPROVED' ? t('No letters to print.') : t('No printed letters to hand over.')} />}
      {groups?.map((group) => <PrintGroup key={group.project.id} group={group} selected={selected} onSelect={select} />)}
      <RecordReplySection />
      <RecordedReplies />
    </Page>
  );
}
