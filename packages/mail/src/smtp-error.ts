import { MailDeliveryError, type MailDeliveryErrorCode } from './mailer';

type SmtpFailure = { code?: string; responseCode?: number; message?: string };

/**
 * Turns a nodemailer failure into a MailDeliveryError naming the server, with a stable code and
 * whether a retry may succeed (network trouble and 4xx replies: yes; 5xx and bad credentials: no).
 */
export function toMailDeliveryError(err: unknown, server: string): MailDeliveryError {
  const failure = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as SmtpFailure;
  const { code, retryable, what } = classify(failure);
  const reason = failure.message ?? 'unknown error';
  return new MailDeliveryError(`${what} (SMTP ${server}): ${reason}`, code, retryable, failure.responseCode, { cause: err });
}

function classify(f: SmtpFailure): { code: MailDeliveryErrorCode; retryable: boolean; what: string } {
  switch (f.code) {
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'EDNS':
      return { code: 'MAIL_CONNECTION_FAILED', retryable: true, what: 'Could not connect to the mail server' };
    case 'ETIMEDOUT':
      return { code: 'MAIL_TIMEOUT', retryable: true, what: 'The mail server did not answer in time' };
    case 'ETLS':
    case 'EREQUIRETLS':
      return { code: 'MAIL_TLS_FAILED', retryable: false, what: 'TLS with the mail server failed' };
    case 'EAUTH':
    case 'ENOAUTH':
      return { code: 'MAIL_AUTH_FAILED', retryable: false, what: 'The mail server refused the credentials' };
  }
  if (f.responseCode !== undefined && f.responseCode >= 400) {
    const transient = f.responseCode < 500;
    return { code: 'MAIL_REJECTED', retryable: transient, what: `The mail server ${transient ? 'deferred' : 'rejected'} the message` };
  }
  return { code: 'MAIL_FAILED', retryable: true, what: 'Sending mail failed' };
}
