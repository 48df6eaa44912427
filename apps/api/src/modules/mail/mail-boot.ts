import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '@portal/config';
import type { Logger } from '@portal/logger';
import { CapturingMailer, FileMailStore, renderMail, SmtpMailer, type Mailer, type MailStore } from '@portal/mail';
import { MailDispatcher } from './mail-dispatcher';

export interface RunningMail {
  dispatcher: MailDispatcher;
  /** Captured mail when no SMTP server is configured. */
  capture: MailStore | null;
  stop(): Promise<void>;
}

/**
 * Starts sending the mail outbox: to SMTP_URL, or, in the embedded default, to a local capture
 * server (real SMTP on loopback) whose messages staff read in the admin app.
 */
export async function startMail(config: Config, log: Logger, dataSource: DataSource, intervalMs = 2000): Promise<RunningMail> {
  let mailer: Mailer & { close?(): void; stop?(): Promise<void> };
  let capture: MailStore | null = null;
  if (config.smtp) {
    const { host, port, secure, user, password } = config.smtp;
    mailer = new SmtpMailer({ host, port, secure, from: config.mailFrom, ...(user && password ? { auth: { user, pass: password } } : {}) });
  } else {
    const store = await FileMailStore.open({ dir: path.join(config.dataDir, 'mail') });
    const capturing = await CapturingMailer.start({ from: config.mailFrom, store });
    capture = capturing.store;
    mailer = capturing;
    log.info({ port: capturing.port }, 'mail is captured locally (no SMTP_URL): read it in the admin app');
  }
  const dispatcher = new MailDispatcher({
    dataSource,
    log: log.child({ module: 'mail' }),
    render: (template, locale, params) => renderMail(template, locale, params),
    send: (mail) => mailer.send(mail),
  });
  dispatcher.start(intervalMs);
  return {
    dispatcher,
    capture,
    async stop() {
      await dispatcher.stop();
      mailer.close?.();
      await mailer.stop?.();
    },
  };
}
