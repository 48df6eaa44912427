import { useMutation, useQuery } from '@apollo/client/react';
import { OpenRequestDocument, RequesterRequestFormsDocument } from '@portal/graphql-types';
import { useState, type FormEvent } from 'react';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { FormAlert } from '../components/form-alert';
import { errorField, unexpectedError } from '../components/form-errors';
import { Page } from '../components/page';
import { Spinner } from '../components/spinner';
import type { FormError } from '../session/session-provider';
import { formName } from './labels';
import { messages } from './messages';
import { RequestFormFields } from './request-form-fields';
import './requests.css';

export interface NewRequestProps {
  language: string;
  onCancel: () => void;
  /** Called with the new request's ID once it is open. */
  onOpened: (id: string) => void;
}

/** Choose a form, fill it in, send it; errors show next to their field. */
export function NewRequest({ language, onCancel, onOpened }: NewRequestProps) {
  const forms = useQuery(RequesterRequestFormsDocument, { fetchPolicy: 'cache-and-network' });
  const [open, { loading }] = useMutation(OpenRequestDocument, { refetchQueries: ['RequesterRequests'] });
  const [formId, setFormId] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const list = forms.data?.requestForms.nodes ?? [];
  const form = list.find((f) => f.id === formId) ?? null;

  const byField: Record<string, string> = {};
  for (const e of errors ?? []) {
    const key = errorField(e);
    if (key && form?.fields.some((f) => f.key === key) && !byField[key]) byField[key] = e.message;
  }
  const others = (errors ?? []).filter((e) => !byField[errorField(e) ?? '']).map((e) => e.message);
  const summary = errors?.length ? [messages.fixProblems, ...others] : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    try {
      const answers = form.fields.map((f) => ({ key: f.key, value: values[f.key] ?? '' }));
      const { data } = await open({ variables: { input: { formId: form.id, answers } } });
      const r = data?.openRequest;
      if (r?.request && r.userErrors.length === 0) onOpened(r.request.id);
      else setErrors(r?.userErrors.length ? r.userErrors : [unexpectedError()]);
    } catch {
      setErrors([unexpectedError()]);
    }
  };

  return (
    <Page title={messages.newTitle}>
      {forms.error && !forms.data && (
        <div role="alert" className="alert">
          <p>{messages.formLoadError}</p>
        </div>
      )}
      {!forms.data && !forms.error && <Spinner />}
      {forms.data && list.length === 0 && <EmptyState title={messages.noForms} />}
      {list.length > 0 && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <FormAlert messages={summary} />
          <fieldset className="request-forms">
            <legend>{messages.chooseForm}</legend>
            {list.map((f) => (
              <div key={f.id} className="check-row">
                <input
                  type="radio"
                  id={`form-${f.id}`}
                  name="form"
                  checked={formId === f.id}
                  onChange={() => {
                    setFormId(f.id);
                    setErrors(null);
                  }}
                />
                <label htmlFor={`form-${f.id}`}>{formName(f, language)}</label>
              </div>
            ))}
          </fieldset>
          {form && <RequestFormFields fields={form.fields} values={values} onChange={(k, v) => setValues((o) => ({ ...o, [k]: v }))} errors={byField} />}
          <div className="button-row">
            <Button type="submit" disabled={!form || loading}>
              {loading ? messages.sending : messages.send}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {messages.cancel}
            </Button>
          </div>
        </form>
      )}
    </Page>
  );
}
