import type { AdminAuditEventsQuery } from '@portal/graphql-types';
import { useT, formatMoment } from '@portal/ui';

type AuditRow = AdminAuditEventsQuery['auditEvents']['edges'][number]['node'];

const formatWhen = (value: unknown) => {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : formatMoment(date);
};

function detailsText(details: unknown): string {
  if (!details || typeof details !== 'object' || Object.keys(details).length === 0) return '';
  return JSON.stringify(details);
}

/** Audit events, newest first: when, what, who, on what, from where. */
export function AuditTable({ rows }: { rows: readonly AuditRow[] }) {
  const t = useT();
  return (
    <div className="table-wrap" role="region" aria-label={t('Audit events')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('Audit events, newest first')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('When')}</th>
            <th scope="col">{t('Action')}</th>
            <th scope="col">{t('Person')}</th>
            <th scope="col">{t('Target')}</th>
            <th scope="col">{t('IP address')}</th>
            <th scope="col">{t('Details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <time dateTime={String(row.createdAt)}>{formatWhen(row.createdAt)}</time>
              </td>
              <td>
                <code>{row.action}</code>
              </td>
              <td className="break-all">{row.actorEmail ?? '—'}</td>
              <td className="break-all">{row.targetType ? `${row.targetType} ${row.targetId ?? ''}` : '—'}</td>
              <td>{row.ip ?? '—'}</td>
              <td className="break-all">
                {detailsText(row.details)}
                {row.userAgent && <div className="muted">{row.userAgent}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
