import type { AdminSyncQuery, SyncConflictSide } from '@portal/graphql-types';
import { Button, EmptyState, useT } from '@portal/ui';
import { showValue, when } from './sync-format';

type ConflictRow = AdminSyncQuery['syncConflicts']['nodes'][number];

export interface SyncConflictsProps {
  rows: readonly ConflictRow[];
  busyId: string | null;
  onResolve: (id: string, keep: SyncConflictSide) => void;
}

/** Open conflicts: the value at the last sync, the portal's and Salesforce's, and a button to keep either. */
export function SyncConflicts({ rows, busyId, onResolve }: SyncConflictsProps) {
  const t = useT();
  if (rows.length === 0) return <EmptyState title={t('No conflicts: nothing was changed on both sides.')} />;
  return (
    <div className="table-wrap" role="region" aria-label={t('Conflicts')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('Fields changed in the portal and in Salesforce, oldest first')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Record')}</th>
            <th scope="col">{t('Before')}</th>
            <th scope="col">{t('Portal')}</th>
            <th scope="col">{t('Salesforce')}</th>
            <th scope="col">{t('Decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = `${row.object} ${row.field}`;
            const busy = busyId === row.id;
            return (
              <tr key={row.id}>
                <th scope="row">
                  {row.object} · {row.field}
                  <div className="muted break-all">{row.salesforceId}</div>
                  <div className="muted">{t('Found')} {when(row.createdAt)}</div>
                </th>
                <td className="break-all">{showValue(row.baseValue)}</td>
                <td className="break-all">{showValue(row.portalValue)}</td>
                <td className="break-all">{showValue(row.salesforceValue)}</td>
                <td>
                  <div className="button-row">
                    {row.canKeepPortal && (
                      <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => !busy && onResolve(row.id, 'PORTAL')}>
                        {t('Keep portal')}<span className="visually-hidden"> {t('value of')} {label}</span>
                      </Button>
                    )}
                    <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => !busy && onResolve(row.id, 'SALESFORCE')}>
                      {t('Keep Salesforce')}<span className="visually-hidden"> {t('value of')} {label}</span>
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
