import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { OneTimeToken, TokenPurpose } from './one-time-token.entity';

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  [TokenPurpose.INVITATION]: 7 * 24 * 3600_000,
  [TokenPurpose.MAGIC_LINK]: 15 * 60_000,
  [TokenPurpose.PASSWORD_RESET]: 60 * 60_000,
  [TokenPurpose.TWO_FACTOR_CHALLENGE]: 5 * 60_000,
  [TokenPurpose.TWO_FACTOR_ENROLLMENT]: 15 * 60_000,
};

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Issues a token for a purpose, voiding the person's earlier unused tokens of that purpose
 * (a resent invitation kills the old link). Returns the clear token, which only the email carries.
 */
export async function issueToken(db: EntityManager, userId: string, purpose: TokenPurpose, createdById: string | null): Promise<{ token: string; expiresAt: Date }> {
  await db.update(OneTimeToken, { userId, purpose, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + TOKEN_TTL_MS[purpose]);
  await db.insert(OneTimeToken, { id: randomUUID(), userId, purpose, tokenHash: hash(token), expiresAt, createdById });
  return { token, expiresAt };
}

/** The token's row when it exists for this purpose and is unused, unexpired and not revoked. */
export async function findUsableToken(db: EntityManager, token: string, purpose: TokenPurpose): Promise<OneTimeToken | null> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
  const row = await db.findOne(OneTimeToken, { where: { tokenHash: hash(token), purpose } });
  return row && !row.usedAt && !row.revokedAt && row.expiresAt.getTime() > Date.now() ? row : null;
}

/**
 * Uses a token once: marks it used and returns its user id, or null when unknown, of another purpose,
 * expired, revoked or already used. The conditional update makes two simultaneous uses impossible.
 */
export async function consumeToken(db: EntityManager, token: string, purpose: TokenPurpose): Promise<string | null> {
  const row = await findUsableToken(db, token, purpose);
  if (!row) return null;
  const res = await db.update(OneTimeToken, { id: row.id, usedAt: IsNull() }, { usedAt: new Date() });
  return res.affected ? row.userId : null;
}
