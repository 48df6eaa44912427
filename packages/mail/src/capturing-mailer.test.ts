import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CapturingMailer } from './capturing-mailer';
import { FileMailStore } from './file-mail-store';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'portal-mail-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('CapturingMailer', () => {
  it('captures through real SMTP into a file store that outlives the mailer', async () => {
    const dir = join(dataDir, 'mail');
    const mailer = await CapturingMailer.start({ from: 'no-reply@example.org', store: await FileMailStore.open({ dir, maxMessages: 50 }) });
    const sent = await mailer.send({ to: 'newcomer@example.org', subject: 'Invitation', text: 'https://portal.example.org/accept?token=t', tag: 'invitation' });
    await mailer.stop();

    const [got] = await (await FileMailStore.open({ dir })).list({ to: 'newcomer@example.org' });
    expect(got).toMatchObject({ subject: 'Invitation', tag: 'invitation', messageId: sent.messageId });
    expect(got.text).toContain('https://portal.example.org/accept?token=t');
  });

  it('defaults to an in-memory store', async () => {
    const mailer = await CapturingMailer.start({ from: 'no-reply@example.org' });
    try {
      await mailer.send({ to: 'a@example.org', subject: 'S', text: 'T' });
      expect(await mailer.store.list()).toHaveLength(1);
    } finally {
      await mailer.stop();
    }
  });
});
