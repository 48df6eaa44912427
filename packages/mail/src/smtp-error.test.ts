import { MailDeliveryError } from './mailer';
import { toMailDeliveryError } from './smtp-error';

describe('toMailDeliveryError', () => {
  it.each([
    [{ code: 'ECONNECTION', message: 'connect ECONNREFUSED' }, 'MAIL_CONNECTION_FAILED', true],
    [{ code: 'ESOCKET', message: 'reset' }, 'MAIL_CONNECTION_FAILED', true],
    [{ code: 'EDNS', message: 'getaddrinfo ENOTFOUND' }, 'MAIL_CONNECTION_FAILED', true],
    [{ code: 'ETIMEDOUT', message: 'Greeting never received' }, 'MAIL_TIMEOUT', true],
    [{ code: 'ETLS', message: 'bad cert' }, 'MAIL_TLS_FAILED', false],
    [{ code: 'EAUTH', responseCode: 535, message: 'Invalid login' }, 'MAIL_AUTH_FAILED', false],
    [{ code: 'EENVELOPE', responseCode: 450, message: 'mailbox busy' }, 'MAIL_REJECTED', true],
    [{ code: 'EENVELOPE', responseCode: 550, message: 'no such user' }, 'MAIL_REJECTED', false],
    [{ code: 'EMESSAGE', responseCode: 552, message: 'too big' }, 'MAIL_REJECTED', false],
    [new Error('something else'), 'MAIL_FAILED', true],
  ])('%j → %s (retryable %s)', (err, code, retryable) => {
    const out = toMailDeliveryError(err, 'smtp.example.org:587');
    expect(out).toBeInstanceOf(MailDeliveryError);
    expect(out).toMatchObject({ code, retryable });
    expect(out.message).toContain('smtp.example.org:587');
    expect(out.cause).toBe(err);
  });
});
