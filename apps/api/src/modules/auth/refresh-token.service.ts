import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import type { Context } from '../../graphql/context';
import { RefreshToken } from './refresh-token.entity';
import { audit } from '../audit/audit.service';

export const REFRESH_COOKIE = 'portal_rt';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

/** Issues a new refresh token, in a new family unless one is given (rotation keeps the family). */
export async function issueRefreshToken(ctx: Context, userId: string, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ctx.services.config.jwt.refreshTokenTtlDays * 86_400_000);
  await ctx.db.insert(RefreshToken, { id: randomUUID(), userId, familyId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

export type RotateResult = { ok: true; userId: string; next: IssuedRefreshToken } | { ok: false };

/**
 * Exchanges a refresh token for a new one. A token that was already rotated is a sign of theft:
 * its whole family is revoked, so both the thief and the victim must sign in again.
 */
export async function rotateRefreshToken(ctx: Context, token: string): Promise<RotateResult> {
  const row = await ctx.db.findOne(RefreshToken, { where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { ok: false };
  if (row.rotatedAt) {
    await revokeFamily(ctx, row.familyId);
    ctx.log.warn({ familyId: row.familyId }, 'rotated refresh token presented again: family revoked');
    await audit(ctx, { action: 'auth.refresh_token_reuse', actorId: row.userId, details: { familyId: row.familyId } });
    return { ok: false };
  }
  // Mark rotated only if nobody else did in the meantime (two tabs refreshing at once).
  const res = await ctx.db.update(RefreshToken, { id: row.id, rotatedAt: IsNull() }, { rotatedAt: new Date() });
  if (!res.affected) {
    await revokeFamily(ctx, row.familyId);
    return { ok: false };
  }
  return { ok: true, userId: row.userId, next: await issueRefreshToken(ctx, row.userId, row.familyId) };
}

export async function revokeFamily(ctx: Context, familyId: string): Promise<void> {
  await ctx.db.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
}

/** Revokes the family of the given token (sign-out on this device); returns its user, if any. */
export async function revokeRefreshToken(ctx: Context, token: string): Promise<string | null> {
  const row = await ctx.db.findOne(RefreshToken, { where: { tokenHash: hashToken(token) } });
  if (!row) return null;
  await revokeFamily(ctx, row.familyId);
  return row.userId;
}

export async function revokeAllForUser(ctx: Context, userId: string): Promise<void> {
  await ctx.db.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
}
