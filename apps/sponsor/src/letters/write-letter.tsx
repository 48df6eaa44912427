import { useMutation, useQuery } from '@apollo/client/react';
import { MeDocument, MyChildrenDocument, WriteLetterDocument } from '@portal/graphql-types';
import { Button, fieldError, FormAlert, otherErrors, Page, Spinner, unexpectedError, type FormError } from '@portal/ui';
import { useState } from 'react';
import { LetterFormFields } from './letter-form';
import './letters.css';

export interface WriteLetterProps {
  onCancel: () => void;
  onDone: (notice: string) => void;
  onOpen: (id: string) => void;
}

/** A new letter to one or several of the sponsor's children: saved as drafts or sent for review. */
export function WriteLetter({ onCancel, onDone }: WriteLetterProps) {
  const me = useQuery(MeDocument);
  const children = useQuery(MyChildrenDocument, { variables: { first: 100 } });
  const [write, { loading }] = useMutation(WriteLetterDocument, { refetchQueries: ['SponsorLetters'] });
  const [childIds, setChildIds] = useState<string[]>([]);
  const [body, setBody] = useState('');
  const [chosenLanguage, setLanguage] = useState<string | null>(null);
  // The sponsor's own language until they pick another.
  const language = chosenLanguage ?? (me.data?.me.locale === 'fr' ? 'fr' : 'en');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const kids = children.data?.children.edges.map((e) => e.node) ?? [];

  const toggle = (id: string, on: boolean) => setChildIds((ids) => (on ? [...ids, id] : ids.filter((i) => i !== id)));

  async function save(submit: boolean) {
    if (loading) return;
    const problems: FormError[] = [];
    if (childIds.length === 0) problems.push({ field: ['input', 'childIds'], code: 'INVALID', message: 'Choose at least one child to write to.' });
    if (!body.trim()) problems.push({ field: ['input', 'body'], code: 'INVALID', message: 'Write your letter first.' });
    if (problems.length) return setErrors(problems);
    setErrors(null);
    try {
      const { data } = await write({ variables: { input: { childIds, body, language, submit } } });
      const payload = data?.writeLetter;
      const failed = payload?.userErrors ?? [];
      if (!payload || failed.length) return setErrors(failed.length ? failed : [unexpectedError()]);
      const n = payload.results.length;
      const letters = n === 1 ? 'Your letter was' : `Your ${n} letters were`;
      onDone(submit ? `${letters} sent for review.` : `${letters} saved as ${n === 1 ? 'a draft' : 'drafts'}.`);
    } catch {
      setErrors([unexpectedError()]);
    }
  }

  const childError = fieldError(errors, 'childIds');
  return (
    <Page title="Write a letter">
      <FormAlert messages={otherErrors(errors, ['childIds', 'body'])} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(true);
        }}
        noValidate
      >
        <LetterFormFields body={body} onBody={setBody} language={language} onLanguage={setLanguage} bodyError={fieldError(errors, 'body')}>
          <fieldset className="child-choices" aria-describedby={childError ? 'child-choices-error' : undefined}>
            <legend>Write to</legend>
            {!children.data && !children.error && <Spinner />}
            {children.error && <p role="alert">We could not load your sponsored children.</p>}
            {kids.map((child) => (
              <label key={child.id} className="check-row">
                <input type="checkbox" name="childIds" value={child.id} checked={childIds.includes(child.id)} onChange={(e) => toggle(child.id, e.target.checked)} />
                {child.firstName}
                {child.project?.country ? <span className="muted"> ({child.project.country})</span> : null}
              </label>
            ))}
            {childError && (
              <span id="child-choices-error" className="field-error">
                {childError}
              </span>
            )}
          </fieldset>
        </LetterFormFields>
        <div className="button-row">
          <Button type="submit" aria-disabled={loading || undefined}>
            Send for review
          </Button>
          <Button variant="secondary" aria-disabled={loading || undefined} onClick={() => void save(false)}>
            Save draft
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </Page>
  );
}
