import { useQuery } from '@apollo/client/react';
import { LetterStationeryDocument } from '@portal/graphql-types';
import { useT } from '@portal/ui';

export interface StationeryPickerProps {
  value: string | null;
  onChange: (key: string) => void;
  body: string;
}

/** The built-in stationery as radio buttons, and a preview of the letter on the chosen one. */
export function StationeryPicker({ value, onChange, body }: StationeryPickerProps) {
  const t = useT();
  const { data } = useQuery(LetterStationeryDocument);
  const options = data?.letterStationery ?? [];
  const chosen = value ?? 'plain';
  if (options.length === 0) return null;
  return (
    <div className="stationery">
      <fieldset className="stationery-choices">
        <legend>{t('Stationery')}</legend>
        {options.map((s) => (
          <label key={s.key} className="check-row">
            <input type="radio" name="stationery" value={s.key} checked={chosen === s.key} onChange={() => onChange(s.key)} />
            {s.label} <span className="muted">— {s.description}</span>
          </label>
        ))}
      </fieldset>
      <figure className="stationery-figure">
        <div className={`letter-preview stationery-${chosen}`} data-stationery={chosen} aria-hidden="true">
          <p className="letter-body">{body.trim() ? body.slice(0, 600) : t('Your letter will appear here.')}</p>
        </div>
        <figcaption className="muted">{t('Preview: your letter on {{paper}} paper', { paper: options.find((s) => s.key === chosen)?.label.toLowerCase() ?? t('plain') })}</figcaption>
      </figure>
    </div>
  );
}
