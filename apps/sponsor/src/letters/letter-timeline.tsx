import type { SponsorLetterDetailFragment } from '@portal/graphql-types';
import { formatDate } from './labels';

/** The steps of a letter in plain words, with dates where they happened. */
export function LetterTimeline({ steps }: { steps: SponsorLetterDetailFragment['timeline'] }) {
  return (
    <ol className="timeline" aria-label="Timeline">
      {steps.map((step, i) => (
        <li key={`${step.step}-${i}`} data-done={step.done}>
          <span className="step-label">{step.label}</span>
          <br />
          <span className="muted">{step.at ? formatDate(step.at) : 'Not yet'}</span>
          {step.reason && <p>Reason: {step.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
