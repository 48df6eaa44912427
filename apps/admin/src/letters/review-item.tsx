import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { ApproveLetterDocument, RejectLetterDocument, RequestLetterChangesDocument, type ReviewLetterFragment } from '@portal/graphql-types';
import { Badge, Button, i18n, TextField, useT } from '@portal/ui';
import { useId, useState } from 'react';
import { HighlightedBody } from './highlighted-body';
import { LetterFiles } from './letter-files';
import { LetterHistory } from './letter-history';
import { formatDateTime, letterName, letterTitle } from './labels';

export interface Outcome {
  ok: boolean;
  message: string;
}

export interface ReviewItemProps {
  letter: ReviewLetterFragment;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** A problem from "Approve selected" for this letter. */
  bulkError: string | null;
  onOutcome: (outcome: Outcome) => void;
}

const DECISIONS = {
  approve: { mutation: ApproveLetterDocument },
  changes: { mutation: RequestLetterChangesDocument },
  reject: { mutation: RejectLetterDocument },
} as const;

/** "The letter to Amani (KE-0001) was approved and released to the partner for printing." */
function decisionDone(kind: keyof typeof DECISIONS, letter: string, toSponsor: boolean): string {
  if (kind === 'changes') return i18n.t('{{letter}} was sent back to the sponsor for changes.', { letter });
  if (kind === 'reject') return i18n.t('{{letter}} was rejected.', { letter });
  return toSponsor
    ? i18n.t('{{letter}} was approved and released to the sponsor.', { letter })
    : i18n.t('{{letter}} was approved and released to the partner for printing.', { letter });
}

/** One letter waiting for review: text with flags marked, and the decisions. */
export function ReviewItem({ letter, selected, onSelect, bulkError, onOutcome }: ReviewItemProps) {
  const t = useT();
  const client = useApolloClient();
  const id = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = letterName(letter);

  async function decide(kind: keyof typeof DECISIONS) {
    if (busy) return;
    const needsReason = kind !== 'approve' && !reason.trim();
    setReasonError(needsReason ? t('Give a reason: the sponsor will read it.') : null);
    if (needsReason) return;
    setBusy(true);
    setError(null);
    try {
      const { mutation } = DECISIONS[kind];
      const { data } = await client.mutate({ mutation, variables: { input: { letterId: letter.id, reason: kind === 'approve' ? null : reason.trim() } } });
      const payload = data ? Object.values(data)[0] : null;
      const problem = payload?.userErrors[0]?.message;
      if (problem) setError(problem);
      else onOutcome({ ok: true, message: decisionDone(kind, `${name[0]!.toUpperCase()}${name.slice(1)}`, letter.direction === 'CHILD_TO_SPONSOR') });
    } catch (e) {
      setError(CombinedGraphQLErrors.is(e) ? (e.errors[0]?.message ?? t('Something went wrong.')) : t('Check your connection and try again.'));
    }
    setBusy(false);
  }

  const problem = error ?? bulkError;
  const hidden = <span className="visually-hidden"> {name}</span>;
  return (
    <li className="card" aria-labelledby={`${id}-title`}>
      <div className="review-head">
        <h2 id={`${id}-title`}>
          {letterTitle(letter)}
        </h2>
        {letter.flagged && <Badge tone="warning">{t('Flagged')}</Badge>}
      </div>
      <p className="muted">
        {letter.child?.project?.name ? `${letter.child.project.name} · ` : ''}{t('Sent for review {{date}} · Language {{language}}', { date: formatDateTime(letter.submittedAt), language: letter.language })}
      </p>
      <label className="check-row">
        <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
        {t('Select')}{hidden}
      </label>
      <LetterFiles letter={letter} name={name} />
      {(letter.body.trim() || !letter.scan) && <HighlightedBody body={letter.body} flags={letter.safeguardingFlags} />}
      {letter.safeguardingFlags.length > 0 && (
        <ul className="flag-list" aria-label={t('Safeguarding flags on {{letter}}', { letter: name })}>
          {letter.safeguardingFlags.map((f) => (
            <li key={`${f.start}-${f.kind}`}>
              {f.message} <span className="break-all">(“{f.match}”)</span>
            </li>
          ))}
        </ul>
      )}
      <LetterHistory approvals={letter.approvals} />
      <TextField
        label={t('Reason (for changes or rejection)')}
        hint={t('The sponsor reads it.')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={reasonError}
        autoComplete="off"
      />
      {problem && <p className="field-error">{problem}</p>}
      <div className="row-actions">
        <Button aria-disabled={busy || undefined} onClick={() => void decide('approve')}>
          {t('Approve')}{hidden}
        </Button>
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void decide('changes')}>
          {t('Request changes')}{hidden}
        </Button>
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void decide('reject')}>
          {t('Reject')}{hidden}
        </Button>
      </div>
    </li>
  );
}
