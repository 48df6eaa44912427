import { useMutation } from '@apollo/client/react';
import { AdminSaveRequestFormDocument, type RequestAudience, type RequestFieldType, type RequestFormDefinitionFragment } from '@portal/graphql-types';
import { Button, fieldError, FormAlert, Page, SelectField, TextField, unexpectedError, type FormError } from '@portal/ui';
import { useId, useState, type FormEvent } from 'react';
import { AUDIENCE_LABEL, FIELD_TYPE_LABEL, messages } from './messages';

interface FieldDraft {
  key: string;
  label: string;
  type: RequestFieldType;
  required: boolean;
  helpText: string;
  options: string;
}

const toDraft = (f: RequestFormDefinitionFragment['fields'][number]): FieldDraft => ({ ...f, helpText: f.helpText ?? '', options: f.options.join('\n') });
const emptyField = (): FieldDraft => ({ key: '', label: '', type: 'TEXT', required: false, helpText: '', options: '' });

/** The message of an error at ["input", "fields", i, name]. */
const fieldAt = (errors: readonly FormError[] | null, i: number, name: string) =>
  errors?.find((e) => e.field?.[1] === 'fields' && e.field[2] === String(i) && e.field[3] === name)?.message ?? null;

/** Add or change a request form and its fields, without code. */
export function FormEditor({ form, onCancel, onSaved }: { form: RequestFormDefinitionFragment | null; onCancel: () => void; onSaved: () => void }) {
  const [save, { loading }] = useMutation(AdminSaveRequestFormDocument, { refetchQueries: ['AdminRequestForms'] });
  const [nameEn, setNameEn] = useState(form?.nameEn ?? '');
  const [nameFr, setNameFr] = useState(form?.nameFr ?? '');
  const [audience, setAudience] = useState<RequestAudience>(form?.audience ?? 'SPONSOR');
  const [active, setActive] = useState(form?.active ?? true);
  const [days, setDays] = useState(String(form?.responseDays ?? 5));
  const [fields, setFields] = useState<FieldDraft[]>(form ? form.fields.map(toDraft) : [emptyField()]);
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const update = (i: number, patch: Partial<FieldDraft>) => setFields((fs) => fs.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const input = {
        id: form?.id ?? null,
        nameEn,
        nameFr,
        audience,
        active,
        responseDays: Number(days),
        fields: fields.map((f) => ({ key: f.key, label: f.label, type: f.type, required: f.required, helpText: f.helpText || null, options: f.type === 'SELECT' ? f.options.split('\n') : null })),
      };
      const r = (await save({ variables: { input } })).data?.saveRequestForm;
      if (r?.form && !r.userErrors.length) onSaved();
      else setErrors(r?.userErrors.length ? r.userErrors : [unexpectedError()]);
    } catch {
      setErrors([unexpectedError()]);
    }
  };

  const top = errors?.filter((e) => e.field?.[1] !== 'fields' || e.field.length === 2) ?? [];
  return (
    <Page title={form ? messages.editForm(form.nameEn) : messages.newForm}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors?.length ? [messages.fixProblems, ...top.map((e) => e.message)] : []} />
        <TextField label={messages.nameEn} value={nameEn} onChange={(e) => setNameEn(e.target.value)} error={fieldError(errors, 'nameEn')} />
        <TextField label={messages.nameFr} value={nameFr} onChange={(e) => setNameFr(e.target.value)} error={fieldError(errors, 'nameFr')} />
        <SelectField label={messages.audience} value={audience} onChange={(e) => setAudience(e.target.value as RequestAudience)} options={Object.entries(AUDIENCE_LABEL).map(([value, label]) => ({ value, label }))} />
        <TextField label={messages.responseDays} type="number" inputMode="numeric" min={1} max={90} value={days} onChange={(e) => setDays(e.target.value)} error={fieldError(errors, 'responseDays')} />
        <label className="check-row">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          {messages.active}
        </label>
        <h2>{messages.fields}</h2>
        {fields.map((f, i) => (
          <FieldEditor key={i} index={i} field={f} errors={errors} onChange={(p) => update(i, p)} onRemove={() => setFields((fs) => fs.filter((_, j) => j !== i))} />
        ))}
        <div className="button-row">
          <Button variant="secondary" onClick={() => setFields((fs) => [...fs, emptyField()])}>
            {messages.addField}
          </Button>
        </div>
        <div className="button-row">
          <Button type="submit" disabled={loading}>
            {messages.saveForm}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {messages.cancel}
          </Button>
        </div>
      </form>
    </Page>
  );
}

function FieldEditor({ index: i, field: f, errors, onChange, onRemove }: { index: number; field: FieldDraft; errors: FormError[] | null; onChange: (p: Partial<FieldDraft>) => void; onRemove: () => void }) {
  const id = useId();
  const optionsError = fieldAt(errors, i, 'options');
  return (
    <fieldset className="card form-field-editor">
      <legend>
        {i + 1}. {f.label || FIELD_TYPE_LABEL[f.type]}
      </legend>
      <TextField label={messages.fieldLabel} value={f.label} onChange={(e) => onChange({ label: e.target.value })} error={fieldAt(errors, i, 'label')} />
      <TextField label={messages.fieldKey} hint={messages.fieldKeyHint} value={f.key} onChange={(e) => onChange({ key: e.target.value })} error={fieldAt(errors, i, 'key')} />
      <SelectField label={messages.fieldType} value={f.type} onChange={(e) => onChange({ type: e.target.value as RequestFieldType })} options={Object.entries(FIELD_TYPE_LABEL).map(([value, label]) => ({ value, label }))} />
      <TextField label={messages.fieldHelp} value={f.helpText} onChange={(e) => onChange({ helpText: e.target.value })} error={fieldAt(errors, i, 'helpText')} />
      {f.type === 'SELECT' && (
        <div className="field">
          <label htmlFor={id}>{messages.fieldOptions}</label>
          <textarea id={id} value={f.options} onChange={(e) => onChange({ options: e.target.value })} aria-invalid={optionsError ? true : undefined} aria-describedby={optionsError ? `${id}-error` : undefined} />
          {optionsError && <span id={`${id}-error`} className="field-error">{optionsError}</span>}
        </div>
      )}
      <label className="check-row">
        <input type="checkbox" checked={f.required} onChange={(e) => onChange({ required: e.target.checked })} />
        {messages.fieldRequired}
      </label>
      <Button variant="secondary" onClick={onRemove}>
        {messages.removeField(f.label)}
      </Button>
    </fieldset>
  );
}
