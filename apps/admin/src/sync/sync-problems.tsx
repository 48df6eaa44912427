import type { AdminSyncQuery, SyncProblemKind } from '@portal/graphql-types';
import { Badge, Button, EmptyState, useT, i18n } from '@portal/ui';
import { when } from './sync-format';

type ProblemRow = AdminSyncQuery['syncProblems']['nodes'][number];

const KIND_LABEL: Record<SyncProblemKind, string> = { get DEAD_LETTER() {
    return i18n.t('Not sent');
  }, get PARKED() {
    return i18n.t('Waiting');
  } };

export interface SyncProblemsProps {
  rows: readonly ProblemRow[];
  busyId: string | null;
  onRetry: (id: string) => void;
}

/** Dead letters (portal changes Salesforce kept rejecting) and parked records, with a retry each. */
export function SyncProblems({ rows, busyId, onRetry }: SyncProblemsProps) {
  const t = useT();
  if (rows.length === 0) return <EmptyState title={t('No dead letters or waiting records.')} />;
  return (
    <div className="table-wrap" role="region" aria-label={t('Dead letters and waiting records')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('Dead letters and waiting records, oldest first')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Kind')}</th>
            <th scope="col">{t('Record')}</th>
            <th scope="col">{t('Error')}</th>
            <th scope="col">{t('Attempts')}</th>
            <th scope="col">{t('Action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const busy = busyId === row.id;
            const record = row.entityId ?? row.salesforceId ?? '';
            return (
              <tr key={row.id}>
                <td>
                  <Badge tone={row.kind === 'DEAD_LETTER' ? 'danger' : 'warning'}>{KIND_LABEL[row.kind]}</Badge>
                </td>
                <th scope="row">
                  {row.object}
                  <div className="muted break-all">{record}</div>
                </th>
                <td className="break-all">
                  <strong>{row.errorCode}</strong> {row.message}
                  <div className="muted">{t('Last tried')} {when(row.updatedAt)}</div>
                </td>
                <td>{row.attempts}</td>
                <td>
                  <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => !busy && onRetry(row.id)}>
                    {busy ? t('Retrying…') : t('Retry')}
                    <span className="visually-hidden">
                      {' '}
                      {row.object} {record}
                    </span>
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
