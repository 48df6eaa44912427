import { signGrant, verifyGrant, type LocalGrant } from './local-signature';

const SECRET = 'test-secret';
const grant: LocalGrant = { method: 'PUT', key: 'photos/a.jpg', expires: 2_000, contentType: 'image/jpeg', maxBytes: 1000 };

describe('local URL signatures', () => {
  test('a signed grant verifies until it expires', () => {
    const params = signGrant(SECRET, grant);
    expect(verifyGrant(SECRET, 'photos/a.jpg', params, 1_999)).toEqual({ ok: true, grant });
    expect(verifyGrant(SECRET, 'photos/a.jpg', params, 2_001)).toEqual({ ok: false, reason: 'expired' });
  });

  test.each([
    ['another key', (p: URLSearchParams) => p, 'photos/b.jpg'],
    ['a raised size limit', (p: URLSearchParams) => (p.set('X-Max-Bytes', '999999'), p), 'photos/a.jpg'],
    ['another content type', (p: URLSearchParams) => (p.set('X-Content-Type', 'text/html'), p), 'photos/a.jpg'],
    ['a later expiry', (p: URLSearchParams) => (p.set('X-Expires', '9999'), p), 'photos/a.jpg'],
    ['GET turned into PUT', (p: URLSearchParams) => (p.set('X-Method', 'GET'), p), 'photos/a.jpg'],
    ['a dropped limit', (p: URLSearchParams) => (p.delete('X-Max-Bytes'), p), 'photos/a.jpg'],
  ])('refuses %s', (_, tamper, key) => {
    expect(verifyGrant(SECRET, key, tamper(signGrant(SECRET, grant)), 1_000)).toEqual({ ok: false, reason: 'bad signature' });
  });

  test('refuses another secret and unsigned URLs', () => {
    expect(verifyGrant('other', 'photos/a.jpg', signGrant(SECRET, grant), 1_000).ok).toBe(false);
    expect(verifyGrant(SECRET, 'photos/a.jpg', new URLSearchParams(), 1_000)).toEqual({ ok: false, reason: 'not a signed URL' });
  });
});
