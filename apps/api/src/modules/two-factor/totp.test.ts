import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUrl, totpCode, verifyTotp } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const t0 = Date.UTC(2026, 10, 25, 10, 0, 0);

  it('accepts the current code and one step of drift, and returns its step', () => {
    expect(verifyTotp(secret, totpCode(secret, t0), null, t0)).toBe(Math.floor(t0 / 30000));
    expect(verifyTotp(secret, totpCode(secret, t0 - 30_000), null, t0)).toBe(Math.floor(t0 / 30000) - 1);
    expect(verifyTotp(secret, totpCode(secret, t0 + 30_000), null, t0)).toBe(Math.floor(t0 / 30000) + 1);
  });

  it('refuses old codes, malformed codes and replays', () => {
    expect(verifyTotp(secret, totpCode(secret, t0 - 120_000), null, t0)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', null, t0)).toBeNull();
    const step = verifyTotp(secret, totpCode(secret, t0), null, t0)!;
    expect(verifyTotp(secret, totpCode(secret, t0), step, t0)).toBeNull();
  });

  it('builds an otpauth URI for authenticator apps', () => {
    expect(otpauthUrl(secret, 'admin@demo.portal')).toMatch(/^otpauth:\/\/totp\/CRM%20Portal:admin%40demo\.portal\?.*secret=/);
  });

  it('makes distinct recovery codes that hash the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes.every(looksLikeRecoveryCode)).toBe(true);
    expect(hashRecoveryCode(codes[0].toUpperCase().replace('-', ' '))).toBe(hashRecoveryCode(codes[0]));
  });
});
