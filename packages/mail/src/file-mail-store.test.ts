import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileMailStore, MAIL_FILE_NAME } from './file-mail-store';
import { capturedMail, describeMailStoreContract } from './mail-store.contract';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'portal-mail-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let n = 0;
const freshDir = (): string => join(root, `store-${++n}`, 'mail');
const lines = async (dir: string): Promise<string[]> => (await readFile(join(dir, MAIL_FILE_NAME), 'utf8')).split('\n').filter(Boolean);

describeMailStoreContract('FileMailStore', (max) => FileMailStore.open({ dir: freshDir(), maxMessages: max }));

describe('FileMailStore', () => {
  it('finds its messages again after a restart, UTF-8 intact', async () => {
    const dir = freshDir();
    const first = await FileMailStore.open({ dir });
    const a = capturedMail({ subject: 'Zoé Dubois a écrit', html: '<p>Ça va ?</p>' });
    const b = capturedMail();
    await first.add(a);
    await first.add(b);
    const reopened = await FileMailStore.open({ dir });
    expect(await reopened.list()).toEqual([b, a]);
  });

  it('trims to the limit across restarts and compacts the file', async () => {
    const dir = freshDir();
    const store = await FileMailStore.open({ dir, maxMessages: 3 });
    const all = Array.from({ length: 7 }, () => capturedMail());
    for (const m of all) await store.add(m);
    // The file is rewritten once it reaches twice the limit, so it never holds more than that.
    expect((await lines(dir)).length).toBeLessThan(6);
    const reopened = await FileMailStore.open({ dir, maxMessages: 3 });
    expect((await reopened.list()).map((m) => m.id)).toEqual(all.slice(4).reverse().map((m) => m.id));
    expect(await lines(dir)).toHaveLength(3);
  });

  it('keeps the good lines of a file torn by a crash', async () => {
    const dir = freshDir();
    const store = await FileMailStore.open({ dir });
    const a = capturedMail();
    await store.add(a);
    await appendFile(join(dir, MAIL_FILE_NAME), '{"id":"torn","subj');
    const reopened = await FileMailStore.open({ dir });
    expect(await reopened.list()).toEqual([a]);
    expect(await lines(dir)).toHaveLength(1);
  });

  it('keeps the file private to the portal user (it holds sign-in links)', async () => {
    const dir = freshDir();
    const store = await FileMailStore.open({ dir });
    await store.add(capturedMail());
    expect((await stat(join(dir, MAIL_FILE_NAME))).mode & 0o077).toBe(0);
  });

  it('clear survives a restart', async () => {
    const dir = freshDir();
    const store = await FileMailStore.open({ dir });
    await store.add(capturedMail());
    await store.clear();
    expect(await (await FileMailStore.open({ dir })).list()).toEqual([]);
  });
});
