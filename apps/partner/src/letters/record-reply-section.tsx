import { useMutation, useQuery } from '@apollo/client/react';
import { RecordChildReplyDocument, ReplyChildSearchDocument } from '@portal/graphql-types';
import { Button, FormAlert, StatusMessage, TextField, useDebouncedValue } from '@portal/ui';
import { useId, useState } from 'react';

/** A child's reply, typed in by the partner: find the child, write the text, send it for review. */
export function RecordReplySection() {
  const id = useId();
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), 300);
  const { data } = useQuery(ReplyChildSearchDocument, { variables: { search: term }, skip: !term });
  const [record, { loading }] = useMutation(RecordChildReplyDocument);
  const [childId, setChildId] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const matches = term ? (data?.children.nodes ?? []) : [];

  async function submit() {
    if (loading) return;
    const missing = [!childId && 'Choose the child who wrote the reply.', !body.trim() && 'Type the text of the reply.'].filter((m): m is string => !!m);
    if (missing.length) return setProblems(missing);
    setProblems([]);
    try {
      const { data: result } = await record({ variables: { input: { childId: childId!, body } } });
      const errors = result?.recordChildReply.userErrors ?? [];
      if (errors.length) return setProblems(errors.map((e) => e.message));
      setNotice('The reply was recorded and sent to the team for review.');
      setBody('');
      setChildId(null);
      setSearch('');
    } catch {
      setProblems(['We could not record the reply. Check your connection and try again.']);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="reply-section">
      <h2 id={`${id}-h`}>Record a reply</h2>
      <p className="muted">Type in a letter a child wrote to their sponsor. The team checks it before the sponsor sees it.</p>
      <StatusMessage message={notice} />
      <FormAlert messages={problems} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField label="Find the child" hint="By child code or name" type="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />
        <fieldset className="child-options">
          <legend>Child</legend>
          {term && matches.length === 0 && <p className="muted">No children match “{term}”.</p>}
          {!term && <p className="muted">Search to list children.</p>}
          {matches.map((child) => (
            <label key={child.id} className="check-row">
              <input type="radio" name="reply-child" checked={childId === child.id} onChange={() => setChildId(child.id)} />
              {child.firstName} {child.lastName ?? ''} ({child.code})
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-body`}>Reply text</label>
          <textarea id={`${id}-body`} className="letter-textarea" value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
        <Button type="submit" aria-disabled={loading || undefined}>
          Record reply
        </Button>
      </form>
    </section>
  );
}
