import jwt from 'jsonwebtoken';
import { AccessTokens } from './access-token';
import { generateSigningKeyPem, keyFromPem, verifyKeysFromPems } from './keys';
import { Role } from '../modules/users/user.entity';

const viewer = { userId: '3f2b8c1e-9a4d-4f6b-8e2a-1c3d5e7f9a0b', role: Role.SPONSOR, partnerOrganizationId: null, accountId: null, isAccountAdmin: false, kind: 'person' as const, scopes: [] };
const opts = { issuer: 'crm-portal', audience: 'crm-portal-api', ttlSeconds: 900 };

describe('AccessTokens', () => {
  const key = keyFromPem(generateSigningKeyPem());
  const tokens = new AccessTokens(key, opts);

  it('round-trips a viewer', () => {
    expect(tokens.verify(tokens.sign(viewer))).toEqual(viewer);
  });

  it('rejects alg none, wrong audience, wrong issuer, expired and unknown kid', () => {
    const none = jwt.sign({ role: 'STAFF_ADMIN', typ: 'access' }, '', { algorithm: 'none', subject: viewer.userId, keyid: key.kid, issuer: opts.issuer, audience: opts.audience });
    expect(tokens.verify(none)).toBeNull();
    const pk = key.privateKey;
    const sign = (o: jwt.SignOptions, payload: object = { role: 'SPONSOR', typ: 'access' }) =>
      jwt.sign(payload, pk, { algorithm: 'ES256', subject: viewer.userId, keyid: key.kid, issuer: opts.issuer, audience: opts.audience, expiresIn: 60, ...o });
    expect(tokens.verify(sign({ audience: 'other' }))).toBeNull();
    expect(tokens.verify(sign({ issuer: 'other' }))).toBeNull();
    expect(tokens.verify(sign({ expiresIn: -10 }))).toBeNull();
    expect(tokens.verify(sign({ keyid: 'unknown' }))).toBeNull();
    expect(tokens.verify(sign({}, { role: 'SPONSOR', typ: 'refresh' }))).toBeNull();
    expect(tokens.verify('not a token')).toBeNull();
  });

  it('rejects an HS256 token signed with the public key as secret', () => {
    const pem = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const forged = jwt.sign({ role: 'STAFF_ADMIN', typ: 'access' }, pem, { algorithm: 'HS256', subject: viewer.userId, keyid: key.kid, issuer: opts.issuer, audience: opts.audience });
    expect(tokens.verify(forged)).toBeNull();
  });

  it('keeps tokens of a previous key valid after rotation', () => {
    const next = keyFromPem(generateSigningKeyPem());
    const rotated = new AccessTokens(next, opts, verifyKeysFromPems({ [key.kid]: key.publicKey.export({ type: 'spki', format: 'pem' }).toString() }));
    expect(rotated.verify(tokens.sign(viewer))).toEqual(viewer);
    expect(tokens.verify(rotated.sign(viewer))).toBeNull();
  });
});
