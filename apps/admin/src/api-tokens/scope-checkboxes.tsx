import type { ApiScope } from '@portal/graphql-types';
import { useId } from 'react';
import { ALL_SCOPES, SCOPE_DESCRIPTION } from './labels';
import { useT } from '@portal/ui';

export interface ScopeCheckboxesProps {
  value: readonly ApiScope[];
  onChange: (scopes: ApiScope[]) => void;
  error?: string | null;
}

/** One checkbox per scope of the API, each with what it allows. */
export function ScopeCheckboxes({ value, onChange, error }: ScopeCheckboxesProps) {
  const t = useT();
  const id = useId();
  const toggle = (scope: ApiScope, on: boolean) => onChange(on ? [...value, scope] : value.filter((s) => s !== scope));
  return (
    <fieldset className="scope-options" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('What the token may do')}</legend>
      {ALL_SCOPES.map((scope) => (
        <div key={scope} className="scope-option">
          <input id={`${id}-${scope}`} type="checkbox" checked={value.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} aria-describedby={`${id}-${scope}-hint`} />
          <div>
            <label htmlFor={`${id}-${scope}`}>{SCOPE_DESCRIPTION[scope].label}</label>
            <div id={`${id}-${scope}-hint`} className="field-hint">
              {SCOPE_DESCRIPTION[scope].description}
            </div>
          </div>
        </div>
      ))}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
