import { useMutation, useQuery } from '@apollo/client/react';
import { MarkLetterReadDocument, SponsorLetterDocument } from '@portal/graphql-types';
import { Badge, Button, Page, Spinner, StatusMessage, useT } from '@portal/ui';
import { useEffect, useState } from 'react';
import { EditLetter } from './edit-letter';
import { formatDate, NEXT_ACTOR_LABEL, statusOf } from './labels';
import { LetterTimeline } from './letter-timeline';
import { LetterScanView } from './letter-scan-view';
import { useFocusHeading } from './use-focus-heading';
import './letters.css';

/** One letter: its text, where it is on its way (timeline) and, when sent back, "Edit and resend". */
export function LetterDetail({ id, onBack }: { id: string; onBack: (notice?: string) => void }) {
  const t = useT();
  const { data, error } = useQuery(SponsorLetterDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkLetterReadDocument);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const letter = data?.letter;
  useFocusHeading(editing);
  const unreadReply = letter?.direction === 'CHILD_TO_SPONSOR' && !letter.firstReadAt;

  // Opening a reply marks it read (once).
  useEffect(() => {
    if (unreadReply) void markRead({ variables: { input: { letterId: id } } }).catch(() => undefined);
  }, [unreadReply, id, markRead]);

  if (editing && letter) {
    return (
      <EditLetter
        letter={letter}
        onCancel={() => setEditing(false)}
        onDeleted={(message) => onBack(message)}
        onSaved={(message) => {
          setEditing(false);
          setNotice(message);
        }}
      />
    );
  }

  const name = letter?.child?.firstName ?? t('your child');
  const title = !letter ? t('Letter') : letter.direction === 'CHILD_TO_SPONSOR' ? t('Letter from {{name}}', { name }) : t('Letter to {{name}}', { name });
  const status = letter ? statusOf(letter) : null;
  const canEdit = letter?.direction === 'SPONSOR_TO_CHILD' && (letter.status === 'DRAFT' || letter.status === 'CHANGES_REQUESTED');

  return (
    <Page title={title}>
      <p>
        <Button variant="secondary" onClick={() => onBack()}>
          {t('Back to letters')}
        </Button>
      </p>
      <StatusMessage message={notice} />
      {error && !letter && (
        <div role="alert" className="alert">
          <p>{t('We could not load this letter. Please try again later.')}</p>
        </div>
      )}
      {!letter && !error && <Spinner />}
      {letter && status && (
        <>
          <p>
            <Badge tone={status.tone}>{status.label}</Badge>{' '}
            {letter.direction === 'SPONSOR_TO_CHILD' && <span className="muted">{t('Next:')} {NEXT_ACTOR_LABEL[letter.nextActor]}</span>}
          </p>
          {letter.status === 'CHANGES_REQUESTED' && (
            <div className="card">
              <h2>{t('Changes requested')}</h2>
              <p>{letter.changeReason ?? t('Our team asked for a change before the letter can go to the child.')}</p>
              <Button onClick={() => setEditing(true)}>{t('Edit and resend')}</Button>
            </div>
          )}
          {letter.status === 'REJECTED' && letter.changeReason && (
            <div className="card">
              <h2>{t('Why it was not approved')}</h2>
              <p>{letter.changeReason}</p>
            </div>
          )}
          <h2>{letter.direction === 'CHILD_TO_SPONSOR' ? t('Its way to you') : t('Its way to {{name}}', { name })}</h2>
          <LetterTimeline steps={letter.timeline} />
          <h2>{t('The letter')}</h2>
          {letter.scan && <LetterScanView letterId={letter.id} childName={name} scan={letter.scan} />}
          {(letter.body.trim() || !letter.scan) && (
            <div className="card">
              <p className="muted">{formatDate(letter.createdAt)}</p>
              <p className="letter-body">{letter.body}</p>
            </div>
          )}
          {letter.status === 'DRAFT' && canEdit && (
            <p>
              <Button onClick={() => setEditing(true)}>{t('Edit draft')}</Button>
            </p>
          )}
        </>
      )}
    </Page>
  );
}
