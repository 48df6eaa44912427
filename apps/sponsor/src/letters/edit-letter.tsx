import { useMutation } from '@apollo/client/react';
import { UpdateLetterDocument, type SponsorLetterDetailFragment } from '@portal/graphql-types';
import { Button, fieldError, FormAlert, otherErrors, Page, unexpectedError, type FormError } from '@portal/ui';
import { useState } from 'react';
import { LetterFormFields } from './letter-form';

export interface EditLetterProps {
  letter: SponsorLetterDetailFragment;
  onCancel: () => void;
  onSaved: (notice: string) => void;
}

/** Changes to a draft or to a letter sent back, then saved or sent (again) for review. */
export function EditLetter({ letter, onCancel, onSaved }: EditLetterProps) {
  const [update, { loading }] = useMutation(UpdateLetterDocument, { refetchQueries: ['SponsorLetters'] });
  const [body, setBody] = useState(letter.body);
  const [language, setLanguage] = useState(letter.language.startsWith('fr') ? 'fr' : 'en');
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const name = letter.child?.firstName ?? 'your child';

  async function save(submit: boolean) {
    if (loading) return;
    if (!body.trim()) return setErrors([{ field: ['input', 'body'], code: 'INVALID', message: 'Write your letter first.' }]);
    setErrors(null);
    try {
      const { data } = await update({ variables: { input: { letterId: letter.id, body, language, submit } } });
      const failed = data?.updateLetter.userErrors ?? [];
      if (!data?.updateLetter.letter || failed.length) return setErrors(failed.length ? failed : [unexpectedError()]);
      onSaved(submit ? 'Your letter was sent for review.' : 'Your changes were saved.');
    } catch {
      setErrors([unexpectedError()]);
    }
  }

  return (
    <Page title={`Edit your letter to ${name}`}>
      {letter.changeReason && (
        <div className="card">
          <h2>What to change</h2>
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
        <LetterFormFields body={body} onBody={setBody} language={language} onLanguage={setLanguage} bodyError={fieldError(errors, 'body')} />
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
