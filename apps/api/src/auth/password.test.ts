import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('uses argon2id with at least 19 MiB, t=2, p=1', async () => {
    const h = await hashPassword('correct horse');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$/);
    const [, m, t] = /m=(\d+),t=(\d+)/.exec(h)!;
    expect(Number(m)).toBeGreaterThanOrEqual(19456);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
  });

  it('verifies the right password only, and answers false with no hash', async () => {
    const h = await hashPassword('correct horse');
    await expect(verifyPassword(h, 'correct horse')).resolves.toBe(true);
    await expect(verifyPassword(h, 'wrong')).resolves.toBe(false);
    await expect(verifyPassword(null, 'anything')).resolves.toBe(false);
  });
});
