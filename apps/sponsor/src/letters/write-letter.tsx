import { useMutation, useQuery } from '@apollo/client/react';
import {
  DeleteLetterDraftsDocument,
  MeDocument,
  MyChildrenDocument,
  SaveLetterDraftsDocument,
  SubmitLetterDraftsDocument,
  WriteLetterDocument,
} from '@portal/graphql-types';
import { Button, fieldError, FormAlert, otherErrors, Page, Spinner, unexpectedError, type FormError, useT } from '@portal/ui';
import { useRef, useState } from 'react';
import { LetterFormFields } from './letter-form';
import { LetterPhotos } from './letter-photos';
import { SaveIndicator } from './save-indicator';
import { useAutosave, type SaveResult } from './use-autosave';
import './letters.css';

export interface WriteLetterProps {
  onCancel: () => void;
  onDone: (notice: string) => void;
  onOpen: (id: string) => void;
}

interface Draft {
  childIds: string[];
  body: string;
  language: string;
  stationeryKey: string | null;
}

const sameChildren = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * A new letter to one or several of the sponsor's children. It is saved as drafts as soon as it has a
 * child and some text, then autosaved while it is written; it is sent for review, kept, or deleted.
 */
export function WriteLetter({ onCancel, onDone }: WriteLetterProps) {
  const t = useT();
  const me = useQuery(MeDocument);
  const children = useQuery(MyChildrenDocument, { variables: { first: 100 } });
  const [write] = useMutation(WriteLetterDocument);
  const [saveDrafts] = useMutation(SaveLetterDraftsDocument);
  const [deleteDrafts] = useMutation(DeleteLetterDraftsDocument, { refetchQueries: ['SponsorLetters'] });
  const [submitDrafts] = useMutation(SubmitLetterDraftsDocument, { refetchQueries: ['SponsorLetters'] });
  const [busy, setBusy] = useState(false);
  const [childIds, setChildIds] = useState<string[]>([]);
  const [body, setBody] = useState('');
  const [stationeryKey, setStationery] = useState<string | null>(null);
  const [chosenLanguage, setLanguage] = useState<string | null>(null);
  // The sponsor's own language until they pick another.
  const language = chosenLanguage ?? (me.data?.me.locale === 'fr' ? 'fr' : 'en');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  // The drafts saved so far (one per child) and the children they are for.
  const drafts = useRef<{ ids: string[]; childIds: string[] } | null>(null);
  const [draftIds, setDraftIds] = useState<string[]>([]);
  const hasDrafts = draftIds.length > 0;
  const kids = children.data?.children.edges.map((e) => e.node) ?? [];

  const toggle = (id: string, on: boolean) => setChildIds((ids) => (on ? [...ids, id] : ids.filter((i) => i !== id)));

  async function store(d: Draft): Promise<SaveResult> {
    const saved = drafts.current;
    if (saved && sameChildren(saved.childIds, d.childIds)) {
      const { data } = await saveDrafts({ variables: { input: { letterIds: saved.ids, body: d.body, language: d.language, stationeryKey: d.stationeryKey } } });
      return data ? (data.saveLetterDrafts.userErrors[0]?.message ?? null) : t('please try again.');
    }
    // Other children now: the drafts are written again, one per child.
    if (saved) {
      await deleteDrafts({ variables: { input: { letterIds: saved.ids } } });
      drafts.current = null;
      setDraftIds([]);
    }
    const { data } = await write({ variables: { input: { ...d, submit: false } } });
    const failed = data?.writeLetter.userErrors ?? [];
    if (!data || failed.length) return failed[0]?.message ?? t('please try again.');
    drafts.current = { ids: data.writeLetter.results.flatMap((r) => (r.letter ? [r.letter.id] : [])), childIds: d.childIds };
    setDraftIds(drafts.current.ids);
    return null;
  }

  const draft: Draft = { childIds, body, language, stationeryKey };
  const autosave = useAutosave(draft, store, { enabled: childIds.length > 0 && body.trim() !== '' });

  function check(): boolean {
    const problems: FormError[] = [];
    if (childIds.length === 0) problems.push({ field: ['input', 'childIds'], code: 'INVALID', message: t('Choose at least one child to write to.') });
    if (!body.trim()) problems.push({ field: ['input', 'body'], code: 'INVALID', message: t('Write your letter first.') });
    setErrors(problems.length ? problems : null);
    return problems.length === 0;
  }

  async function finish(submit: boolean) {
    if (busy || !check()) return;
    setBusy(true);
    try {
      const saved = await autosave.flush();
      const ids = drafts.current?.ids ?? [];
      if (!saved || ids.length === 0) return setErrors([{ field: null, code: 'INVALID', message: autosave.problem ?? t('Your letter could not be saved. Please try again.') }]);
      const n = ids.length;
      if (!submit) return onDone(t('Your {{count}} letters were saved as drafts.', { count: n }));
      const { data } = await submitDrafts({ variables: { input: { letterIds: ids } } });
      const failed = data?.submitLetters.userErrors ?? [];
      if (!data || failed.length) return setErrors(failed.length ? failed : [unexpectedError()]);
      onDone(t('Your {{count}} letters were sent for review.', { count: n }));
    } catch {
      setErrors([unexpectedError()]);
    } finally {
      setBusy(false);
    }
  }

  async function discard() {
    if (busy) return;
    setBusy(true);
    try {
      await autosave.flush();
      const ids = drafts.current?.ids ?? [];
      if (ids.length) {
        const { data } = await deleteDrafts({ variables: { input: { letterIds: ids } } });
        const failed = data?.deleteLetterDrafts.userErrors ?? [];
        if (!data || failed.length) return setErrors(failed.length ? failed : [unexpectedError()]);
      }
      drafts.current = null;
      onDone(t('Your draft was deleted.'));
    } catch {
      setErrors([unexpectedError()]);
    } finally {
      setBusy(false);
    }
  }

  const childError = fieldError(errors, 'childIds');
  return (
    <Page title={t('Write a letter')}>
      <FormAlert messages={otherErrors(errors, ['childIds', 'body'])} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void finish(true);
        }}
        noValidate
      >
        <LetterFormFields
          body={body}
          onBody={setBody}
          language={language}
          onLanguage={setLanguage}
          bodyError={fieldError(errors, 'body')}
          stationeryKey={stationeryKey}
          onStationery={setStationery}
        >
          <fieldset className="child-choices" aria-describedby={childError ? 'child-choices-error' : undefined}>
            <legend>{t('Write to')}</legend>
            {!children.data && !children.error && <Spinner />}
            {children.error && <p role="alert">{t('We could not load your sponsored children.')}</p>}
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
        <LetterPhotos letterIds={draftIds} />
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || undefined}>
            {t('Send for review')}
          </Button>
          <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void finish(false)}>
            {t('Save draft')}
          </Button>
          {hasDrafts && (
            <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void discard()}>
              {t('Delete draft')}
            </Button>
          )}
          <Button variant="secondary" onClick={onCancel}>
            {hasDrafts ? t('Close (keep the draft)') : t('Cancel')}
          </Button>
        </div>
        <SaveIndicator state={autosave.state} problem={autosave.problem} />
      </form>
    </Page>
  );
}
