import { startMailCapture } from './mail-capture-server';
import { SmtpMailer } from './smtp-mailer';

describe('startMailCapture', () => {
  it('listens on loopback only', async () => {
    await expect(startMailCapture({ host: '0.0.0.0' })).rejects.toThrow('loopback only');
    await expect(startMailCapture({ host: '192.168.1.10' })).rejects.toThrow('loopback only');
  });

  it('refuses a message over the size limit with 552 and stores nothing', async () => {
    const capture = await startMailCapture({ maxMessageBytes: 1024 });
    const mailer = new SmtpMailer({ host: capture.host, port: capture.port, from: 'no-reply@example.org' });
    try {
      await expect(mailer.send({ to: 'a@example.org', subject: 'S', text: 'x'.repeat(5000) })).rejects.toMatchObject({
        code: 'MAIL_REJECTED',
        responseCode: 552,
        retryable: false,
      });
      expect(await capture.store.list()).toEqual([]);
    } finally {
      mailer.close();
      await capture.stop();
    }
  });

  it('reports a port already in use', async () => {
    const first = await startMailCapture();
    try {
      await expect(startMailCapture({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.stop();
    }
  });
});
