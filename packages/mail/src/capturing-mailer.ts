import { startMailCapture, type MailCapture } from './mail-capture-server';
import type { Mailer, OutgoingMail, SentMail } from './mailer';
import type { MailStore } from './mail-store';
import { SmtpMailer } from './smtp-mailer';

export interface CapturingMailerOptions {
  from: string;
  /** Where captured mail is kept, e.g. a FileMailStore under DATA_DIR/mail; in memory by default. */
  store?: MailStore;
  /** Port of the capture server; 0 (the default) picks a free one. */
  port?: number;
}

/**
 * The embedded default: a capture server on loopback and an SmtpMailer pointed at it, so mail
 * takes the production code path (nodemailer, real SMTP) and lands in a store staff can read.
 */
export class CapturingMailer implements Mailer {
  private constructor(
    private readonly capture: MailCapture,
    private readonly smtp: SmtpMailer,
  ) {}

  /** Starts the capture server and returns a mailer that delivers to it. */
  static async start(options: CapturingMailerOptions): Promise<CapturingMailer> {
    const capture = await startMailCapture({ port: options.port ?? 0, store: options.store });
    const smtp = new SmtpMailer({ host: capture.host, port: capture.port, from: options.from, connectionTimeoutMs: 2000, greetingTimeoutMs: 2000 });
    return new CapturingMailer(capture, smtp);
  }

  /** The captured messages, for the admin "Mail outbox". */
  get store(): MailStore {
    return this.capture.store;
  }

  get port(): number {
    return this.capture.port;
  }

  /** Sends one message to the capture server; see Mailer.send. */
  send(message: OutgoingMail): Promise<SentMail> {
    return this.smtp.send(message);
  }

  /** Stops the capture server. */
  async stop(): Promise<void> {
    this.smtp.close();
    await this.capture.stop();
  }
}
