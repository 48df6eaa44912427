import { useMutation, useQuery } from '@apollo/client/react';
import { AdminAssignRequestsDocument, AdminReplyToRequestDocument, AdminRequestDocument, AdminSetRequestDueDateDocument, type AdminRequestDetailFragment, type RequestStatus } from '@portal/graphql-types';
import { Badge, Button, formatDay, formatMoment, requestStatusTone, FormAlert, Page, SelectField, Spinner, StatusMessage, TextField, unexpectedError, type FormError } from '@portal/ui';
import { useId, useState, type FormEvent } from 'react';
import { ACTOR_LABEL, KIND_LABEL, messages, STATUS_LABEL } from './messages';
import { useStaffPeople } from './request-filters';

/** One request for staff: answers, the whole thread with internal notes, reply, owner and due date. */
export function StaffThread({ id, onBack }: { id: string; onBack: () => void }) {
  const { data, error } = useQuery(AdminRequestDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const r = data?.request;
  return (
    <Page title={r?.subject ?? messages.queueTitle}>
      <p>
        <Button variant="secondary" onClick={onBack}>
          {messages.back}
        </Button>
      </p>
      {error && !r && (
        <div role="alert" className="alert">
          <p>{messages.detailError}</p>
        </div>
      )}
      {!r && !error && <Spinner />}
      {r && <Detail request={r} />}
    </Page>
  );
}

function Detail({ request: r }: { request: AdminRequestDetailFragment }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <Badge tone={requestStatusTone(r.status)}>{STATUS_LABEL[r.status]}</Badge> {messages.next(ACTOR_LABEL[r.nextActor])} ·{' '}
        {messages.from(r.requesterName, KIND_LABEL[r.requesterKind])}
        {r.requester && <> · {r.requester.email}</>} {r.overdue && <Badge tone="danger">{messages.overdue}</Badge>}
      </p>
      <StatusMessage message={notice} />
      <h2>{messages.answers}</h2>
      <dl className="staff-answers">
        {r.answers.map((a) => (
          <div key={a.key} style={{ display: 'contents' }}>
            <dt>{a.label}</dt>
            <dd>{a.attachment ? <a href={a.attachment.downloadUrl} download={a.attachment.fileName}>{messages.download(a.attachment.fileName)}</a> : a.value}</dd>
          </div>
        ))}
      </dl>
      <OwnerAndDue request={r} onSaved={setNotice} />
      <h2>{messages.thread}</h2>
      {r.messages.nodes.length === 0 && <p className="muted">{messages.noMessages}</p>}
      <ol className="staff-thread" aria-label={messages.thread}>
        {r.messages.nodes.map((m) => (
          <li key={m.id} className={`card${m.internal ? ' staff-message-internal' : ''}`}>
            <p className="muted request-meta">
              <strong>{m.fromStaff ? messages.staffSide(m.authorName) : messages.requesterSide(m.authorName)}</strong> · {formatMoment(m.createdAt)}{' '}
              {m.internal && <Badge tone="warning">{messages.internalNote}</Badge>}
            </p>
            <p className="staff-message">{m.body}</p>
            {m.attachments.nodes.map((a) => (
              <p key={a.id}>
                <a href={a.downloadUrl} download={a.fileName}>{messages.download(a.fileName)}</a>
              </p>
            ))}
          </li>
        ))}
      </ol>
      <StaffReply request={r} onSent={setNotice} />
    </>
  );
}

function StaffReply({ request: r, onSent }: { request: AdminRequestDetailFragment; onSent: (m: string) => void }) {
  const [reply, { loading }] = useMutation(AdminReplyToRequestDocument, { refetchQueries: ['AdminRequestQueue'] });
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [status, setStatus] = useState<RequestStatus | ''>('WAITING_FOR_REQUESTER');
  const [errors, setErrors] = useState<FormError[]>([]);
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { data } = await reply({ variables: { input: { requestId: r.id, body, internal, status: status || null } } });
      const errs = data?.replyToRequest.userErrors ?? [unexpectedError()];
      setErrors(errs);
      if (!errs.length) {
        setBody('');
        onSent(messages.sent);
      }
    } catch {
      setErrors([unexpectedError()]);
    }
  };
  return (
    <form className="staff-reply" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert messages={errors.map((e) => e.message)} />
      <div className="field">
        <label htmlFor={id}>{messages.replyLabel}</label>
        <textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      <label className="check-row">
        <input
          type="checkbox"
          checked={internal}
          onChange={(e) => {
            setInternal(e.target.checked);
            // A note changes nothing for the requester unless staff choose a status.
            setStatus(e.target.checked ? '' : 'WAITING_FOR_REQUESTER');
          }}
        />
        {messages.internalToggle}
      </label>
      <SelectField
        label={messages.statusWithReply}
        value={status}
        onChange={(e) => setStatus(e.target.value as RequestStatus | '')}
        options={[{ value: '', label: messages.keepStatus }, ...Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label }))]}
      />
      <Button type="submit" disabled={loading}>
        {messages.send}
      </Button>
    </form>
  );
}

function OwnerAndDue({ request: r, onSaved }: { request: AdminRequestDetailFragment; onSaved: (m: string) => void }) {
  const people = useStaffPeople();
  const [assign] = useMutation(AdminAssignRequestsDocument, { refetchQueries: ['AdminRequest', 'AdminRequestQueue'] });
  const [setDue] = useMutation(AdminSetRequestDueDateDocument, { refetchQueries: ['AdminRequest', 'AdminRequestQueue'] });
  const [owner, setOwner] = useState(r.owner?.id ?? '');
  const [due, setDueValue] = useState(r.dueAt ? new Date(String(r.dueAt)).toISOString().slice(0, 10) : '');
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <div className="request-bulk" role="group" aria-label={`${messages.owner}, ${messages.dueDate}`}>
      <FormAlert messages={errors} />
      <SelectField label={messages.owner} value={owner} onChange={(e) => setOwner(e.target.value)} options={[{ value: '', label: messages.nobody }, ...people.map((p) => ({ value: p.id, label: p.displayName }))]} />
      <Button
        variant="secondary"
        onClick={async () => {
          const res = (await assign({ variables: { input: { requestIds: [r.id], ownerId: owner || null } } })).data?.assignRequests;
          setErrors(res?.userErrors.map((e) => e.message) ?? []);
          if (!res?.userErrors.length) onSaved(messages.assignSaved);
        }}
      >
        {messages.saveOwner}
      </Button>
      <TextField label={messages.dueDate} type="date" value={due} onChange={(e) => setDueValue(e.target.value)} hint={r.dueAt ? formatDay(r.dueAt) : undefined} />
      <Button
        variant="secondary"
        onClick={async () => {
          const res = (await setDue({ variables: { input: { requestId: r.id, dueAt: due ? new Date(`${due}T23:59:59`).toISOString() : null } } })).data?.setRequestDueDate;
          setErrors(res?.userErrors.map((e) => e.message) ?? []);
          if (!res?.userErrors.length) onSaved(messages.dueSaved);
        }}
      >
        {messages.saveDue}
      </Button>
    </div>
  );
}
