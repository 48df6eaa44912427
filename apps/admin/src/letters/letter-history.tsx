import type { ReviewLetterFragment } from '@portal/graphql-types';
import { useT } from '@portal/ui';
import { formatDateTime } from './labels';

/** Earlier review decisions on a letter (e.g. changes asked before it was sent again), oldest first. */
export function LetterHistory({ approvals }: Pick<ReviewLetterFragment, 'approvals'>) {
  const t = useT();
  if (approvals.totalCount === 0) return null;
  const decision: Record<string, string> = { APPROVED: t('Approved'), CHANGES_REQUESTED: t('Changes requested'), REJECTED: t('Rejected') };
  return (
    <details className="letter-history">
      <summary>{t('Review history ({{count}})', { count: approvals.totalCount })}</summary>
      <ol>
        {approvals.nodes.map((a) => (
          <li key={a.id}>
            {t('{{decision}} by {{reviewer}}, {{date}}', { decision: decision[a.decision] ?? a.decision, reviewer: a.reviewer?.displayName ?? t('a former team member'), date: formatDateTime(a.createdAt) })}
            {a.reason && <> — “{a.reason}”</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
