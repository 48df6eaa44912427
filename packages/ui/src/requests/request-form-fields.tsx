import { useApolloClient } from '@apollo/client/react';
import type { RequestFormDefinitionFragment } from '@portal/graphql-types';
import { useId, useState } from 'react';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { messages } from './messages';
import { uploadAttachment } from './upload-attachment';

type FieldDef = RequestFormDefinitionFragment['fields'][number];

export interface RequestFormFieldsProps {
  fields: readonly FieldDef[];
  /** Answers by field key, as text ("true"/"false" for checkboxes, the attachment ID for files). */
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  /** Messages by field key. */
  errors: Record<string, string>;
}

const labelOf = (f: FieldDef) => (f.required ? f.label : `${f.label} ${messages.optional}`);

/** Renders a form's fields from their definitions: staff add fields without code. */
export function RequestFormFields({ fields, values, onChange, errors }: RequestFormFieldsProps) {
  return (
    <>
      {fields.map((f) => (
        <FormField key={f.key} field={f} value={values[f.key] ?? ''} onChange={(v) => onChange(f.key, v)} error={errors[f.key] ?? null} />
      ))}
    </>
  );
}

function FormField({ field: f, value, onChange, error }: { field: FieldDef; value: string; onChange: (v: string) => void; error: string | null }) {
  const id = useId();
  const hint = f.helpText ?? undefined;
  const common = { name: f.key, required: f.required, error, hint };
  switch (f.type) {
    case 'TEXT':
      return <TextField label={labelOf(f)} value={value} onChange={(e) => onChange(e.target.value)} {...common} />;
    case 'NUMBER':
      return <TextField label={labelOf(f)} inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} {...common} />;
    case 'DATE':
      return <TextField label={labelOf(f)} type="date" value={value} onChange={(e) => onChange(e.target.value)} {...common} />;
    case 'SELECT':
      return (
        <SelectField
          label={labelOf(f)}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          options={[{ value: '', label: messages.selectPlaceholder }, ...f.options.map((o) => ({ value: o, label: o }))]}
          {...common}
        />
      );
    case 'LONG_TEXT':
      return (
        <div className="field">
          <label htmlFor={id}>{labelOf(f)}</label>
          {hint && <span id={`${id}-hint`} className="field-hint">{hint}</span>}
          <textarea
            id={id}
            name={f.key}
            className="request-textarea"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined}
          />
          {error && <span id={`${id}-error`} className="field-error">{error}</span>}
        </div>
      );
    case 'CHECKBOX':
      return (
        <div className="field">
          <div className="check-row">
            <input
              id={id}
              type="checkbox"
              name={f.key}
              checked={value === 'true'}
              onChange={(e) => onChange(e.target.checked ? 'true' : 'false')}
              aria-invalid={error ? true : undefined}
              aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined}
            />
            <label htmlFor={id}>{labelOf(f)}</label>
          </div>
          {hint && <span id={`${id}-hint`} className="field-hint">{hint}</span>}
          {error && <span id={`${id}-error`} className="field-error">{error}</span>}
        </div>
      );
    case 'ATTACHMENT':
      return <AttachmentField field={f} id={id} onChange={onChange} error={error} />;
  }
}

function AttachmentField({ field: f, id, onChange, error }: { field: FieldDef; id: string; onChange: (v: string) => void; error: string | null }) {
  const client = useApolloClient();
  const [state, setState] = useState<{ busy: boolean; name: string | null; problem: string | null }>({ busy: false, name: null, problem: null });
  const pick = async (file: File | undefined) => {
    onChange('');
    if (!file) return setState({ busy: false, name: null, problem: null });
    setState({ busy: true, name: null, problem: null });
    try {
      const r = await uploadAttachment(client, file);
      if ('id' in r) {
        onChange(r.id);
        setState({ busy: false, name: file.name, problem: null });
      } else {
        setState({ busy: false, name: null, problem: r.errors[0]?.message ?? messages.uploadFailed });
      }
    } catch {
      setState({ busy: false, name: null, problem: messages.uploadFailed });
    }
  };
  const shown = state.problem ?? error;
  return (
    <div className="field">
      <label htmlFor={id}>{labelOf(f)}</label>
      {f.helpText && <span id={`${id}-hint`} className="field-hint">{f.helpText}</span>}
      <input
        id={id}
        type="file"
        name={f.key}
        accept="application/pdf,image/jpeg,image/png,image/webp,image/heic,text/plain"
        onChange={(e) => void pick(e.target.files?.[0])}
        aria-invalid={shown ? true : undefined}
        aria-describedby={[f.helpText ? `${id}-hint` : null, `${id}-status`].filter(Boolean).join(' ')}
      />
      <span id={`${id}-status`} className={shown ? 'field-error' : 'field-hint'} aria-live="polite">
        {state.busy ? messages.uploading : shown ?? (state.name ? messages.uploaded(state.name) : '')}
      </span>
    </div>
  );
}
