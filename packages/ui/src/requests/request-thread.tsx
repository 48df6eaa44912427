import { useMutation, useQuery } from '@apollo/client/react';
import { RequesterReplyDocument, RequesterRequestDocument, type RequesterRequestDetailFragment } from '@portal/graphql-types';
import { useId, useState, type FormEvent } from 'react';
import { Badge } from '../components/badge';
import { Button } from '../components/button';
import { FormAlert, StatusMessage } from '../components/form-alert';
import { unexpectedError } from '../components/form-errors';
import { Page } from '../components/page';
import { Spinner } from '../components/spinner';
import type { FormError } from '../session/session-provider';
import { formatMoment } from '../components/format';
import { formName, statusTone } from './labels';
import { messages, NEXT_ACTOR_LABEL, STATUS_LABEL } from './messages';
import './requests.css';

export interface RequestThreadProps {
  id: string;
  language: string;
  notice?: string | null;
  onBack: () => void;
}

/** One request for its requester: status, who must act, the answers, the conversation and a reply box. */
export function RequestThread({ id, language, notice = null, onBack }: RequestThreadProps) {
  const { data, error } = useQuery(RequesterRequestDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const r = data?.request;
  return (
    <Page title={r ? formName(r.form, language, r.subject) : messages.listTitle}>
      <p>
        <Button variant="secondary" onClick={onBack}>
          {messages.backToList}
        </Button>
      </p>
      {error && !r && (
        <div role="alert" className="alert">
          <p>{messages.detailLoadError}</p>
        </div>
      )}
      {!r && !error && <Spinner />}
      {r && <ThreadBody request={r} notice={notice} />}
    </Page>
  );
}

function ThreadBody({ request: r, notice }: { request: RequesterRequestDetailFragment; notice: string | null }) {
  const [reply, { loading }] = useMutation(RequesterReplyDocument);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [sent, setSent] = useState<string | null>(notice);
  const id = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    try {
      const { data } = await reply({ variables: { input: { requestId: r.id, body } } });
      const errs = data?.replyToRequest.userErrors ?? [unexpectedError()];
      setErrors(errs);
      if (errs.length === 0) {
        setBody('');
        setSent(messages.replySent);
      }
    } catch {
      setErrors([unexpectedError()]);
    }
  };

  return (
    <>
      <p className="request-row-head">
        <Badge tone={statusTone(r.status)}>{STATUS_LABEL[r.status]}</Badge>
        <span>{messages.next(NEXT_ACTOR_LABEL[r.nextActor])}</span>
      </p>
      {r.status === 'WAITING_FOR_REQUESTER' && <p><strong>{messages.waitingForYou}</strong></p>}
      <StatusMessage message={sent} />
      <h2>{messages.yourAnswers}</h2>
      <dl className="request-answers">
        {r.answers.map((a) => (
          <div key={a.key} style={{ display: 'contents' }}>
            <dt>{a.label}</dt>
            <dd>{a.attachment ? <a href={a.attachment.downloadUrl} download={a.attachment.fileName}>{messages.download(a.attachment.fileName)}</a> : a.value}</dd>
          </div>
        ))}
      </dl>
      <h2>{messages.conversation}</h2>
      {r.messages.nodes.length === 0 && <p className="muted">{messages.noMessages}</p>}
      <ol className="request-thread" aria-label={messages.conversation}>
        {r.messages.nodes.map((m) => (
          <li key={m.id} className={`card${m.fromStaff ? ' request-message-staff' : ''}`}>
            <p className="muted request-meta">
              <strong>{m.fromStaff ? messages.fromTeam(m.authorName) : messages.fromRequesterSide(m.authorName)}</strong> · {formatMoment(m.createdAt)}
            </p>
            <p className="request-message">{m.body}</p>
            {m.attachments.nodes.map((a) => (
              <p key={a.id}>
                <a href={a.downloadUrl} download={a.fileName}>{messages.download(a.fileName)}</a>
              </p>
            ))}
          </li>
        ))}
      </ol>
      {r.status === 'CLOSED' ? (
        <p className="muted">{messages.closedHint}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <FormAlert messages={errors.map((e) => e.message)} />
          <div className="field">
            <label htmlFor={id}>{messages.replyLabel}</label>
            <span id={`${id}-hint`} className="field-hint">{messages.replyHint}</span>
            <textarea id={id} className="request-textarea" value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={`${id}-hint`} />
          </div>
          <Button type="submit" disabled={loading}>
            {messages.sendReply}
          </Button>
        </form>
      )}
    </>
  );
}
