import { SelectField, useT } from '@portal/ui';
import { useId, type ReactNode } from 'react';
import { LANGUAGE_OPTIONS } from './labels';
import { SafeguardingWarnings } from './safeguarding-warnings';
import { StationeryPicker } from './stationery-picker';

export interface LetterFormFieldsProps {
  body: string;
  onBody: (body: string) => void;
  language: string;
  onLanguage: (language: string) => void;
  bodyError: string | null;
  stationeryKey: string | null;
  onStationery: (key: string) => void;
  /** Extra controls before the text (the children to write to). */
  children?: ReactNode;
}

/** The text, its language, the live safeguarding warnings and the stationery, shared by writing and editing. */
export function LetterFormFields({ body, onBody, language, onLanguage, bodyError, stationeryKey, onStationery, children }: LetterFormFieldsProps) {
  const t = useT();
  const id = useId();
  const described = [`${id}-hint`, bodyError ? `${id}-error` : null, `${id}-warnings`].filter(Boolean).join(' ');
  return (
    <>
      {children}
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('Your letter')}</label>
        <span id={`${id}-hint`} className="field-hint">
          {t('Write {{placeholder}} where the child’s first name should go; each child gets their own copy. Please do not share contact details, links or money.', { placeholder: '{{childFirstName}}' })}
        </span>
        <textarea
          id={`${id}-body`}
          className="letter-textarea"
          name="body"
          value={body}
          onChange={(e) => onBody(e.target.value)}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={described}
        />
        {bodyError && (
          <span id={`${id}-error`} className="field-error">
            {bodyError}
          </span>
        )}
      </div>
      <SafeguardingWarnings id={`${id}-warnings`} text={body} language={language} />
      <SelectField label={t('Language')} name="language" options={LANGUAGE_OPTIONS} value={language} onChange={(e) => onLanguage(e.target.value)} />
      <StationeryPicker value={stationeryKey} onChange={onStationery} body={body} />
    </>
  );
}
