import { createLogger } from '@portal/logger';
import { MemoryMailStore, renderMail, SmtpMailer, startMailCapture, type MailCapture } from '@portal/mail';
import { MailDispatcher } from '../modules/mail/mail-dispatcher';
import type { TestApi } from './harness';

export interface CapturedMail {
  capture: MailCapture;
  dispatcher: MailDispatcher;
  /** Ends every notification email's delay now and sends what is due, over SMTP to the capture server. */
  sendHeldBack(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on loopback and a dispatcher sending the test database's outbox to it. The
 * file starts from nothing unread, default preferences and an empty mailbox: what other files
 * left waiting goes out (and is forgotten) first.
 */
export async function startCapturedMail(api: TestApi): Promise<CapturedMail> {
  const capture = await startMailCapture({ port: 0, store: new MemoryMailStore() });
  const mailer = new SmtpMailer({ host: capture.host, port: capture.port, from: 'Portal <no-reply@portal.test>' });
  const dispatcher = new MailDispatcher({ dataSource: api.dataSource, log: createLogger({ level: 'silent', pretty: false }), render: renderMail, send: (m) => mailer.send(m) });
  await api.dataSource.query('DELETE FROM notification_preference');
  await api.dataSource.query(`UPDATE notification SET read_at = now() WHERE read_at IS NULL`);
  await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'PENDING'`);
  await dispatcher.flush();
  await capture.store.clear();
  return {
    capture,
    dispatcher,
    async sendHeldBack() {
      await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'PENDING' AND attempts = 0`);
      await dispatcher.flush();
    },
    stop: () => capture.stop(),
  };
}
