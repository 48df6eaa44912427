import type { CookieOptions } from 'express';
import type { Context } from '../../graphql/context';
import { userError, UserErrorCode } from '../../graphql/user-error';
import { verifyPassword } from '../../auth/password';
import { audit } from '../audit/audit.service';
import { completeSignIn } from '../two-factor/two-factor.service';
import { User } from '../users/user.entity';
import type { SessionPayload } from './auth.inputs';
import { REFRESH_COOKIE, revokeAllForUser, revokeRefreshToken, rotateRefreshToken, type IssuedRefreshToken } from './refresh-token.service';

const INVALID_CREDENTIALS = 'The email or password is not correct.';

function cookieOptions(ctx: Context, expires?: Date): CookieOptions {
  const secure = ctx.services.config.cookieSecure === 'auto' ? ctx.req.secure : ctx.services.config.cookieSecure === 'true';
  return { httpOnly: true, sameSite: 'lax', secure, path: '/graphql', ...(expires ? { expires } : {}) };
}

/** Sets the refresh cookie and returns a fresh access token for the person. */
export function startSession(ctx: Context, user: User, refresh: IssuedRefreshToken): SessionPayload {
  ctx.res.cookie(REFRESH_COOKIE, refresh.token, cookieOptions(ctx, refresh.expiresAt));
  const viewer = {
    userId: user.id,
    role: user.role,
    partnerOrganizationId: user.partnerOrganizationId,
    accountId: user.accountId,
    isAccountAdmin: user.isAccountAdmin,
    kind: 'person' as const,
    scopes: [],
  };
  const ttl = ctx.services.config.jwt.accessTokenTtlSeconds;
  return {
    accessToken: ctx.services.accessTokens.sign(viewer),
    accessTokenExpiresAt: new Date(Date.now() + ttl * 1000).toISOString(),
    user,
    userErrors: [],
  };
}

const failed = (code: UserErrorCode, message: string, field: string[] | null = null): SessionPayload => ({
  accessToken: null,
  accessTokenExpiresAt: null,
  user: null,
  userErrors: [userError(code, message, field)],
});

/** Email and password sign-in. Unknown email and wrong password answer alike, in similar time. */
export async function signIn(ctx: Context, email: string, password: string): Promise<SessionPayload> {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password) {
    return failed(UserErrorCode.REQUIRED, 'Enter your email and password.', ['input', normalized ? 'password' : 'email']);
  }
  const ip = ctx.req.ip ?? 'unknown';
  const wait = await ctx.services.signInThrottle.attempt(normalized, ip);
  if (wait > 0) {
    ctx.log.warn({ event: 'auth.sign_in_throttled', ip }, 'sign-in throttled');
    await audit(ctx, { action: 'auth.sign_in_throttled', actorEmail: normalized, actorId: null });
    const minutes = Math.ceil(wait / 60);
    return failed(UserErrorCode.TOO_MANY_ATTEMPTS, `Too many sign-in attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`);
  }
  const user = await ctx.db
    .createQueryBuilder(User, 'u')
    .addSelect('u.passwordHash')
    .where('lower(u.email) = :email', { email: normalized })
    .getOne();
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  const success = !!user && ok && user.canSignIn;
  if (!user || !success) {
    await ctx.services.signInThrottle.recordFailure(normalized);
    await audit(ctx, {
      action: 'auth.sign_in_failed',
      actorEmail: normalized,
      actorId: user?.id ?? null,
      details: { reason: !user ? 'unknown_email' : !ok ? 'wrong_password' : `status_${user.status.toLowerCase()}` },
    });
    ctx.log.info({ event: 'auth.sign_in_failed' }, 'sign-in failed');
    return failed(UserErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
  }
  await ctx.services.signInThrottle.reset(normalized);
  const result = await completeSignIn(ctx, user);
  if (result.accessToken) {
    ctx.log.info({ event: 'auth.sign_in', userId: user.id }, 'signed in');
    await audit(ctx, { action: 'auth.sign_in', actorId: user.id, actorEmail: user.email, targetType: 'User', targetId: user.id });
  }
  return result;
}

/** Rotates the refresh token (cookie, or the given one) and returns a fresh access token. */
export async function refreshSession(ctx: Context, explicitToken: string | null | undefined): Promise<SessionPayload> {
  const token = explicitToken ?? (ctx.req.cookies?.[REFRESH_COOKIE] as string | undefined);
  const expired = () => {
    ctx.res.clearCookie(REFRESH_COOKIE, cookieOptions(ctx));
    return failed(UserErrorCode.SESSION_EXPIRED, 'Your session has ended. Please sign in again.');
  };
  if (!token) return expired();
  const rotated = await rotateRefreshToken(ctx, token);
  if (!rotated.ok) return expired();
  const user = await ctx.db.findOne(User, { where: { id: rotated.userId } });
  if (!user || !user.canSignIn) return expired();
  return startSession(ctx, user, rotated.next);
}

/** Ends the session of this device (or all devices): refresh tokens are revoked and the cookie cleared. */
export async function signOut(ctx: Context, everywhere: boolean): Promise<void> {
  const token = ctx.req.cookies?.[REFRESH_COOKIE] as string | undefined;
  const userId = token ? await revokeRefreshToken(ctx, token) : null;
  const everywhereUser = userId ?? ctx.viewer?.userId;
  if (everywhere && everywhereUser) await revokeAllForUser(ctx, everywhereUser);
  if (everywhereUser) await audit(ctx, { action: everywhere ? 'auth.sign_out_everywhere' : 'auth.sign_out', actorId: everywhereUser });
  ctx.res.clearCookie(REFRESH_COOKIE, cookieOptions(ctx));
}
