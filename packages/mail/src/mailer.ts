/** What the portal needs from email: hand one message to a mail server and learn its id. */
export interface Mailer {
  /** Resolves once the server accepted the message; rejects with MailDeliveryError or InvalidMailError. */
  send(message: OutgoingMail): Promise<SentMail>;
}

export type OutgoingMail = {
  /** One recipient address. */
  to: string;
  subject: string;
  /** The plain-text part, always sent. */
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** Kind of mail (e.g. the template name), sent as the X-Portal-Tag header for filtering. */
  tag?: string;
};

export type SentMail = { messageId: string };

export type MailDeliveryErrorCode =
  | 'MAIL_CONNECTION_FAILED'
  | 'MAIL_TIMEOUT'
  | 'MAIL_TLS_FAILED'
  | 'MAIL_AUTH_FAILED'
  | 'MAIL_REJECTED'
  | 'MAIL_FAILED';

/** The mail server could not be reached or refused the message; `retryable` says whether trying later may help. */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly code: MailDeliveryErrorCode,
    readonly retryable: boolean,
    readonly responseCode?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MailDeliveryError';
  }
}

/** The message itself is malformed (bad address, header injection); sending it again will not help. */
export class InvalidMailError extends Error {
  readonly code = 'MAIL_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMailError';
  }
}
