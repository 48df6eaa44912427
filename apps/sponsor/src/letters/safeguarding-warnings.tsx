import { useQuery } from '@apollo/client/react';
import { ScreenLetterTextDocument } from '@portal/graphql-types';
import { useDebouncedValue, useT } from '@portal/ui';

/**
 * The safeguarding check of the text being written (debounced), announced politely.
 * The region is always present so screen readers hear new warnings.
 */
export function SafeguardingWarnings({ id, text, language }: { id: string; text: string; language: string }) {
  const t = useT();
  const screened = useDebouncedValue(text.trim(), 500);
  const { data } = useQuery(ScreenLetterTextDocument, { variables: { text: screened, language }, skip: !screened });
  const flags = screened ? (data?.screenLetterText ?? []) : [];

  return (
    <div id={id} aria-live="polite" className="safeguarding">
      {flags.length > 0 && (
        <>
          <p>
            <strong>{t('Please check before sending.')}</strong> {t('To keep children safe, letters must not share these:')}
          </p>
          <ul>
            {flags.map((flag) => (
              <li key={`${flag.start}-${flag.kind}`}>
                {flag.message} <span className="break-all">(“{flag.match}”)</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
