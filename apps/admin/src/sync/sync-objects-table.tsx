import type { AdminSyncQuery } from '@portal/graphql-types';
import { Badge, useT } from '@portal/ui';
import { lag, when } from './sync-format';

type ObjectRow = AdminSyncQuery['syncStatus']['objects'][number];

/** One row per mapped Salesforce object: lag, last run, records in and out, errors. */
export function SyncObjectsTable({ rows }: { rows: readonly ObjectRow[] }) {
  const t = useT();
  return (
    <div className="table-wrap" role="region" aria-label={t('Synced objects')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('Synced objects, parents first')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Object')}</th>
            <th scope="col">{t('Lag')}</th>
            <th scope="col">{t('Last run')}</th>
            <th scope="col">{t('Records in')}</th>
            <th scope="col">{t('Records out (24 h)')}</th>
            <th scope="col">{t('Errors')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.object}>
              <th scope="row">
                {row.salesforceObject}
                <div className="muted">
                  {row.object} {t('· owned by')} {row.owner === 'portal' ? t('the portal') : t('Salesforce')}
                </div>
              </th>
              <td>{lag(row.cursor)}</td>
              <td>
                {when(row.lastRunAt)}
                {row.lastSuccessAt !== row.lastRunAt && !!row.lastRunAt && <div className="muted">{t('Last success')} {when(row.lastSuccessAt)}</div>}
              </td>
              <td>{row.rowsApplied}</td>
              <td>
                {row.recordsOut}
                {row.pendingOut > 0 && <div className="muted">{row.pendingOut} {t('waiting')}</div>}
              </td>
              <td>
                {row.errors === 0 && !row.lastError ? <Badge tone="good">{t('None')}</Badge> : <Badge tone="danger">{row.errors}</Badge>}
                {row.lastError && <div className="break-all">{row.lastError}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
