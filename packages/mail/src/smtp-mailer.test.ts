import { createServer } from 'node:net';
import { startMailCapture, type MailCapture } from './mail-capture-server';
import { MailDeliveryError } from './mailer';
import { renderMail } from './render-mail';
import { SmtpMailer } from './smtp-mailer';

let capture: MailCapture;
let mailer: SmtpMailer;

beforeAll(async () => {
  capture = await startMailCapture();
  mailer = new SmtpMailer({ host: capture.host, port: capture.port, from: '"Portail de parrainage" <no-reply@example.org>' });
});
afterAll(async () => {
  mailer.close();
  await capture.stop();
});
beforeEach(() => capture.store.clear());

describe('SmtpMailer → capture server', () => {
  it('delivers subject, text, html and headers intact, UTF-8 included', async () => {
    const sent = await mailer.send({
      to: 'zoe.dubois@example.org',
      subject: 'Zoé Dubois vous a écrit — « Ça va ? »',
      text: 'Bonjour Zoé,\nVoici une lettre accentuée : éàçüœ ✓',
      html: '<p>Bonjour <b>Zoé</b>, élève à Lomé</p>',
      headers: { 'X-Letter-Id': 'L-42', 'X-Sponsor-Name': 'Zoé Dubois' },
      tag: 'notification',
    });

    const [got] = await capture.store.list({ to: 'zoe.dubois@example.org' });
    expect(got).toMatchObject({
      to: ['zoe.dubois@example.org'],
      from: '"Portail de parrainage" <no-reply@example.org>',
      subject: 'Zoé Dubois vous a écrit — « Ça va ? »',
      text: 'Bonjour Zoé,\nVoici une lettre accentuée : éàçüœ ✓',
      messageId: sent.messageId,
      tag: 'notification',
    });
    expect(got.html).toContain('<p>Bonjour <b>Zoé</b>, élève à Lomé</p>');
    expect(got.headers).toMatchObject({ 'x-letter-id': 'L-42', 'x-sponsor-name': 'Zoé Dubois', 'x-portal-tag': 'notification' });
    expect(got.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(new Date(got.receivedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await capture.store.get(got.id)).toEqual(got);
  });

  it('carries a rendered French invitation whose link a newcomer can follow', async () => {
    const link = 'https://portal.example.org/partner/accept-invitation?token=abc123';
    const mail = renderMail('invitation', 'fr', { firstName: 'Zoé', inviterName: '<script>x</script>', acceptLink: link, expiresAt: new Date('2026-03-05T15:00:00Z') });
    await mailer.send({ to: 'zoe@example.org', ...mail, tag: 'invitation' });

    const [got] = await capture.store.list({ to: 'zoe@example.org' });
    expect(got.subject).toBe('<script>x</script> vous invite à rejoindre le portail de parrainage');
    expect(got.text).toContain(link);
    expect(got.html).toContain(`href="${link}"`);
    expect(got.html).not.toContain('<script>');
  });

  it('refuses a malformed message before connecting', async () => {
    await expect(mailer.send({ to: 'a@example.org, b@example.org', subject: 's', text: 't' })).rejects.toThrow('single email address');
  });
});

describe('SmtpMailer with nothing listening', () => {
  it('fails with a clear, retryable connection error naming the server', async () => {
    const port = await unusedPort();
    const down = new SmtpMailer({ host: '127.0.0.1', port, from: 'no-reply@example.org', connectionTimeoutMs: 1000 });
    const error = await down.send({ to: 'zoe@example.org', subject: 's', text: 't' }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error).toMatchObject({ code: 'MAIL_CONNECTION_FAILED', retryable: true });
    expect((error as Error).message).toMatch(new RegExp(`^Could not connect to the mail server \\(SMTP 127\\.0\\.0\\.1:${port}\\): .*ECONNREFUSED`));
    await expect(down.verify()).rejects.toMatchObject({ code: 'MAIL_CONNECTION_FAILED' });
  });
});

// A port that was free a moment ago: bound, read, released.
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
