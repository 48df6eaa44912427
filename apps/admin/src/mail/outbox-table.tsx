import type { AdminMailOutboxQuery, MailStatus } from '@portal/graphql-types';
import { Badge, type BadgeTone } from '@portal/ui';

type OutboxRow = AdminMailOutboxQuery['mailOutbox']['edges'][number]['node'];

export const MAIL_STATUS_LABEL: Record<MailStatus, string> = { PENDING: 'Waiting', SENT: 'Sent', FAILED: 'Failed' };
const TONE: Record<MailStatus, BadgeTone> = { PENDING: 'warning', SENT: 'good', FAILED: 'danger' };

const when = (value: unknown) => (value ? new Date(String(value)).toLocaleString() : '—');

/** Outgoing email, newest first: status, recipient, subject, attempts, last error, when sent. */
export function OutboxTable({ rows }: { rows: readonly OutboxRow[] }) {
  return (
    <div className="table-wrap" role="region" aria-label="Outgoing email" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">Outgoing email, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last error</th>
            <th scope="col">Sent at</th>
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
                {row.subject ?? <span className="muted">{row.template} (not rendered yet)</span>}
                <div className="muted">Queued {when(row.createdAt)}</div>
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
