import type { AdminMailOutboxQuery, MailStatus } from '@portal/graphql-types';
import { Badge, formatMoment, type BadgeTone, useT, i18n } from '@portal/ui';

type OutboxRow = AdminMailOutboxQuery['mailOutbox']['edges'][number]['node'];

export const MAIL_STATUS_LABEL: Record<MailStatus, string> = { get PENDING() {
    return i18n.t('Waiting');
  }, get SENT() {
    return i18n.t('Sent');
  }, get FAILED() {
    return i18n.t('Failed');
  } };
const TONE: Record<MailStatus, BadgeTone> = { PENDING: 'warning', SENT: 'good', FAILED: 'danger' };

const when = (value: unknown) => formatMoment(value);

/** Outgoing email, newest first: status, recipient, subject, attempts, last error, when sent. */
export function OutboxTable({ rows }: { rows: readonly OutboxRow[] }) {
  const t = useT();
  return (
    <div className="table-wrap" role="region" aria-label={t('Outgoing email')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('Outgoing email, newest first')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Status')}</th>
            <th scope="col">{t('To')}</th>
            <th scope="col">{t('Subject')}</th>
            <th scope="col">{t('Attempts')}</th>
            <th scope="col">{t('Last error')}</th>
            <th scope="col">{t('Sent at')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Badge tone={TONE[row.status]}>{MAIL_STATUS_LABEL[row.status]}</Badge>
              </td>
              <td className="break-all">{row.toAddress}</td>
              <td>
                {row.subject ?? <span className="muted">{row.template} {t('(not rendered yet)')}</span>}
                <div className="muted">{t('Queued')} {when(row.createdAt)}</div>
              </td>
              <td>{row.attempts}</td>
              <td className="break-all">{row.lastError ?? '—'}</td>
              <td>{when(row.sentAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
