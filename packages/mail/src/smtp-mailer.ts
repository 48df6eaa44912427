import nodemailer, { type Transporter } from 'nodemailer';
import type { Mailer, OutgoingMail, SentMail } from './mailer';
import { checkOutgoingMail } from './outgoing-mail';
import { toMailDeliveryError } from './smtp-error';

export interface SmtpMailerOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  /** Refuse to send unless STARTTLS succeeds (port 587 with a provider). */
  requireTLS?: boolean;
  auth?: { user: string; pass: string };
  /** The From header, e.g. `"Sponsorship portal" <no-reply@example.org>`. */
  from: string;
  connectionTimeoutMs?: number;
  greetingTimeoutMs?: number;
  socketTimeoutMs?: number;
  /** Reuse connections (several sends at once, e.g. daily digests). */
  pool?: boolean;
}

/** Sends mail through an SMTP server with nodemailer: the production path, and the capture path. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  private readonly server: string;

  constructor(private readonly options: SmtpMailerOptions) {
    this.server = `${options.host}:${options.port}`;
    this.transport = nodemailer.createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure ?? false,
      requireTLS: options.requireTLS ?? false,
      auth: options.auth,
      pool: options.pool ?? false,
      connectionTimeout: options.connectionTimeoutMs ?? 10_000,
      greetingTimeout: options.greetingTimeoutMs ?? 10_000,
      socketTimeout: options.socketTimeoutMs ?? 30_000,
    });
  }

  /** Sends one message; see Mailer.send. */
  async send(message: OutgoingMail): Promise<SentMail> {
    const headers = checkOutgoingMail(message);
    try {
      const info = await this.transport.sendMail({
        from: this.options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers,
      });
      return { messageId: info.messageId };
    } catch (err) {
      throw toMailDeliveryError(err, this.server);
    }
  }

  /** Connects and authenticates without sending, for a check at boot; rejects with MailDeliveryError. */
  async verify(): Promise<void> {
    try {
      await this.transport.verify();
    } catch (err) {
      throw toMailDeliveryError(err, this.server);
    }
  }

  /** Closes pooled connections. */
  close(): void {
    this.transport.close();
  }
}
