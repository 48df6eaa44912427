import type { PrintQueueQuery } from '@portal/graphql-types';
import { useT } from '@portal/ui';
import { useId } from 'react';

export type PrintGroupData = PrintQueueQuery['printQueue'][number];

export interface PrintGroupProps {
  group: PrintGroupData;
  selected: readonly string[];
  onSelect: (ids: readonly string[], on: boolean) => void;
}

/** One project's letters, each with a checkbox, and "Select all" for the project. */
export function PrintGroup({ group, selected, onSelect }: PrintGroupProps) {
  const t = useT();
  const id = useId();
  const ids = group.letters.nodes.map((l) => l.id);
  const all = ids.length > 0 && ids.every((i) => selected.includes(i));
  return (
    <section aria-labelledby={`${id}-h`} className="print-group">
      <h2 id={`${id}-h`}>
        {group.project.name} ({group.count})
      </h2>
      <label className="check-row">
        <input type="checkbox" checked={all} onChange={(e) => onSelect(ids, e.target.checked)} />
        {t('Select all letters for')} {group.project.name}
      </label>
      <ul className="print-list">
        {group.letters.nodes.map((letter) => {
          const child = letter.child ? `${letter.child.firstName} (${letter.child.code})` : 'a child';
          return (
            <li key={letter.id} className="card">
              <label className="check-row">
                <input type="checkbox" checked={selected.includes(letter.id)} onChange={(e) => onSelect([letter.id], e.target.checked)} />
                {t('Letter to {{child}} from {{sponsor}}', { child, sponsor: letter.sponsorFirstName })}
              </label>
              <details>
                <summary>{t('Read the letter')}</summary>
                <p className="letter-body">{letter.body}</p>
              </details>
              {letter.photos.length > 0 && (
                <ul className="print-photos" aria-label={t('Photos with the letter to {{child}}', { child })}>
                  {letter.photos.map((p, i) => (
                    <li key={p.id}>
                      <a href={p.url} target="_blank" rel="noreferrer">
                        <img src={p.url} alt={t('Photo {{n}} of {{count}}, open full size', { n: i + 1, count: letter.photos.length })} width={Math.round((p.width / p.height) * 96)} height={96} />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
