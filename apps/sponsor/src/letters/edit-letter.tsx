import { useMutation } from '@apollo/client/react';
import { DeleteLetterDraftsDocument, UpdateLetterDocument, type SponsorLetterDetailFragment } from '@portal/graphql-types';
import { Button, fieldError, FormAlert, otherErrors, Page, unexpectedError, type FormError, useT } from '@portal/ui';
import { useState } from 'react';
import { LetterFormFields } from './letter-form';
import { LetterPhotos } from './letter-photos';
import { SaveIndicator } from './save-indicator';
import { useAutosave, type SaveResult } from './use-autosave';

export interface EditLetterProps {
  letter: SponsorLetterDetailFragment;
  onCancel: () => void;
  onSaved: (notice: string) => void;
  /** After the draft was deleted. */
  onDeleted: (notice: string) => void;
}

/** Changes to a draft or to a letter sent back, autosaved while written, then sent (again) for review. */
export function EditLetter({ letter, onCancel, onSaved, onDeleted }: EditLetterProps) {
  const t = useT();
  const [update] = useMutation(UpdateLetterDocument, { refetchQueries: ['SponsorLetters'] });
  const [deleteDrafts] = useMutation(DeleteLetterDraftsDocument, { refetchQueries: ['SponsorLetters'] });
  const [busy, setBusy] = useState(false);
  const [body, setBody] = useState(letter.body);
  const [language, setLanguage] = useState(letter.language.startsWith('fr') ? 'fr' : 'en');
  const [stationeryKey, setStationery] = useState<string | null>(letter.stationeryKey ?? null);
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const name = letter.child?.firstName ?? t('your child');

  async function store(d: { body: string; language: string; stationeryKey: string | null }): Promise<SaveResult> {
    const { data } = await update({ variables: { input: { letterId: letter.id, ...d, submit: false } } });
    return data ? (data.updateLetter.userErrors[0]?.message ?? null) : t('please try again.');
  }
  const autosave = useAutosave({ body, language, stationeryKey }, store, { enabled: body.trim() !== '' });

  async function save(submit: boolean) {
    if (busy) return;
    if (!body.trim()) return setErrors([{ field: ['input', 'body'], code: 'INVALID', message: t('Write your letter first.') }]);
    setErrors(null);
    setBusy(true);
    try {
      if (!(await autosave.flush())) return setErrors([{ field: null, code: 'INVALID', message: autosave.problem ?? t('Your changes could not be saved. Please try again.') }]);
      if (!submit) return onSaved(t('Your changes were saved.'));
      const { data } = await update({ variables: { input: { letterId: letter.id, submit: true } } });
      const failed = data?.updateLetter.userErrors ?? [];
      if (!data?.updateLetter.letter || failed.length) return setErrors(failed.length ? failed : [unexpectedError()]);
      onSaved(t('Your letter was sent for review.'));
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
      const { data } = await deleteDrafts({ variables: { input: { letterIds: [letter.id] } } });
      const failed = data?.deleteLetterDrafts.userErrors ?? [];
      if (!data || failed.length) return setErrors(failed.length ? failed : [unexpectedError()]);
      onDeleted(t('Your draft was deleted.'));
    } catch {
      setErrors([unexpectedError()]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('Edit your letter to {{name}}', { name })}>
      {letter.changeReason && (
        <div className="card">
          <h2>{t('What to change')}</h2>
          <p>{letter.changeReason}</p>
        </div>
      )}
      <FormAlert messages={otherErrors(errors, ['body'])} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(true);
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
        />
        <LetterPhotos letterIds={[letter.id]} />
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || undefined}>
            {t('Send for review')}
          </Button>
          <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void save(false)}>
            {t('Save draft')}
          </Button>
          {letter.status === 'DRAFT' && (
            <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void discard()}>
              {t('Delete draft')}
            </Button>
          )}
          <Button variant="secondary" onClick={onCancel}>
            {t('Close')}
          </Button>
        </div>
        <SaveIndicator state={autosave.state} problem={autosave.problem} />
      </form>
    </Page>
  );
}
