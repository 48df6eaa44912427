import type { SponsorLetterDetailFragment } from '@portal/graphql-types';
import { formatDate } from './labels';
import { useT } from '@portal/ui';

/** The steps of a letter in plain words, with dates where they happened. */
export function LetterTimeline({ steps }: { steps: SponsorLetterDetailFragment['timeline'] }) {
  const t = useT();
  return (
    <ol className="timeline" aria-label={t('Timeline')}>
      {steps.map((step, i) => (
        <li key={`${step.step}-${i}`} data-done={step.done}>
          <span className="step-label">{step.label}</span>
          <br />
          <span className="muted">{step.at ? formatDate(step.at) : t('Not yet')}</span>
          {step.reason && <p>{t('Reason:')} {step.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
