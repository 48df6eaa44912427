import type { CapturedMail, MailStore } from './mail-store';

let seq = 0;

/** A captured message for store tests; each call gets a new id. */
export function capturedMail(overrides: Partial<CapturedMail> = {}): CapturedMail {
  seq++;
  return {
    id: `m-${seq}`,
    receivedAt: new Date(Date.UTC(2026, 2, 5, 12, 0, seq)).toISOString(),
    from: '"Portail" <no-reply@example.org>',
    to: ['zoe@example.org'],
    subject: `Message ${seq}`,
    text: 'Bonjour Zoé',
    headers: { 'x-portal-tag': 'notification' },
    ...overrides,
  };
}

/** The behaviour every MailStore shares; `open` gives a fresh store keeping at most `max` messages. */
export function describeMailStoreContract(name: string, open: (max: number) => Promise<MailStore>): void {
  describe(`${name} (MailStore contract)`, () => {
    it('lists newest first, filters by recipient case-insensitively, limits', async () => {
      const store = await open(10);
      const a = capturedMail({ to: ['Zoe@Example.org'] });
      const b = capturedMail({ to: ['other@example.org'] });
      const c = capturedMail({ to: ['x@example.org', 'zoe@example.org'] });
      for (const m of [a, b, c]) await store.add(m);
      expect((await store.list()).map((m) => m.id)).toEqual([c.id, b.id, a.id]);
      expect((await store.list({ to: 'ZOE@example.org' })).map((m) => m.id)).toEqual([c.id, a.id]);
      expect((await store.list({ limit: 1 })).map((m) => m.id)).toEqual([c.id]);
    });

    it('gets one message by id, or null', async () => {
      const store = await open(10);
      const a = capturedMail({ html: '<p>Zoé</p>' });
      await store.add(a);
      expect(await store.get(a.id)).toEqual(a);
      expect(await store.get('missing')).toBeNull();
    });

    it('keeps only the newest messages', async () => {
      const store = await open(3);
      const all = Array.from({ length: 5 }, () => capturedMail());
      for (const m of all) await store.add(m);
      expect((await store.list()).map((m) => m.id)).toEqual(all.slice(2).reverse().map((m) => m.id));
      expect(await store.get(all[0].id)).toBeNull();
    });

    it('clears', async () => {
      const store = await open(10);
      await store.add(capturedMail());
      await store.clear();
      expect(await store.list()).toEqual([]);
    });

    it('keeps every message of concurrent adds', async () => {
      const store = await open(50);
      const all = Array.from({ length: 20 }, () => capturedMail());
      await Promise.all(all.map((m) => store.add(m)));
      expect(new Set((await store.list()).map((m) => m.id))).toEqual(new Set(all.map((m) => m.id)));
    });
  });
}
