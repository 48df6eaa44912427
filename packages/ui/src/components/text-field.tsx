import { useId, type InputHTMLAttributes, type Ref } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Shown under the label and read with the input. */
  hint?: string;
  /** Shown under the input; marks it invalid. */
  error?: string | null;
  /** Extra element ids that describe the input (e.g. a form-level error summary). */
  describedBy?: string;
  /** The input element, e.g. to move focus to it after an error. */
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with an optional hint and error, wired up with aria-describedby. */
export function TextField({ label, hint, error, describedBy, className, ...rest }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <input id={id} aria-invalid={error || rest['aria-invalid'] ? true : undefined} aria-describedby={described} {...rest} />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
