import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { IsNull, type EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../graphql/errors';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { verifyPassword } from '../../auth/password';
import { audit } from '../audit/audit.service';
import type { SessionPayload } from '../auth/auth.inputs';
import { startSession } from '../auth/auth.service';
import { issueRefreshToken, revokeAllForUser } from '../auth/refresh-token.service';
import { TokenPurpose } from '../identity/one-time-token.entity';
import { consumeToken, findUsableToken, issueToken } from '../identity/one-time-token.service';
import { STAFF_ROLES, User } from '../users/user.entity';
import { RecoveryCode } from './recovery-code.entity';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUrl, verifyTotp } from './totp';

const requiresTwoFactor = (ctx: Context, user: User): boolean =>
  ctx.services.config.staffTwoFactorRequired && STAFF_ROLES.includes(user.role);

/**
 * The one way a session starts after a first factor (password, magic link, invitation, reset):
 * people with two-factor get a challenge; staff without it must enroll first; others are signed in.
 */
export async function completeSignIn(ctx: Context, user: User): Promise<SessionPayload> {
  const enrollmentRequired = !user.twoFactorEnabledAt && requiresTwoFactor(ctx, user);
  if (user.twoFactorEnabledAt || enrollmentRequired) {
    const purpose = enrollmentRequired ? TokenPurpose.TWO_FACTOR_ENROLLMENT : TokenPurpose.TWO_FACTOR_CHALLENGE;
    const { token } = await issueToken(ctx.db, user.id, purpose, null);
    return { accessToken: null, accessTokenExpiresAt: null, user: null, twoFactor: { challengeToken: token, enrollmentRequired }, userErrors: [] };
  }
  return startSession(ctx, user, await issueRefreshToken(ctx, user.id));
}

const withSecret = (db: EntityManager, id: string) =>
  db.createQueryBuilder(User, 'u').addSelect(['u.totpSecret', 'u.passwordHash']).where('u.id = :id', { id }).getOne();

const failure = (code: UserErrorCode, message: string, field: string): SessionPayload => ({
  accessToken: null,
  accessTokenExpiresAt: null,
  user: null,
  userErrors: [userError(code, message, ['input', field])],
});

/** Checks a TOTP or a recovery code for a person; records the step or uses up the recovery code. */
async function checkSecondFactor(ctx: Context, user: User, code: string): Promise<boolean> {
  if (looksLikeRecoveryCode(code)) {
    const res = await ctx.db.update(RecoveryCode, { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: IsNull() }, { usedAt: new Date() });
    if (res.affected) await audit(ctx, { action: 'two_factor.recovery_code_used', actorId: user.id, targetType: 'User', targetId: user.id });
    return !!res.affected;
  }
  const step = user.totpSecret ? verifyTotp(user.totpSecret, code, user.totpLastStep) : null;
  if (step === null) return false;
  // Conditional on the last step, so two requests with the same code cannot both pass.
  const res = await ctx.db
    .createQueryBuilder()
    .update(User)
    .set({ totpLastStep: step })
    .where('id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)', { id: user.id, step })
    .execute();
  return !!res.affected;
}

/** Finishes a sign-in with the code from the authenticator app (or a recovery code). */
export async function verifyTwoFactor(ctx: Context, challengeToken: string, code: string): Promise<SessionPayload> {
  const challenge = await findUsableToken(ctx.db, challengeToken, TokenPurpose.TWO_FACTOR_CHALLENGE);
  const user = challenge ? await withSecret(ctx.db, challenge.userId) : null;
  if (!challenge || !user?.canSignIn) return failure(UserErrorCode.INVALID_TOKEN, 'This sign-in has expired. Please sign in again.', 'challengeToken');
  const wait = await ctx.services.signInThrottle.attempt(user.email, ctx.req.ip ?? 'unknown');
  if (wait > 0) return failure(UserErrorCode.TOO_MANY_ATTEMPTS, `Too many attempts. Try again in ${Math.ceil(wait / 60)} minutes.`, 'code');
  if (!(await checkSecondFactor(ctx, user, code))) {
    await ctx.services.signInThrottle.recordFailure(user.email);
    await audit(ctx, { action: 'auth.two_factor_failed', actorId: user.id, actorEmail: user.email });
    return failure(UserErrorCode.INVALID_CODE, 'This code is not correct. Enter the current 6-digit code from your app, or a recovery code.', 'code');
  }
  if (!(await consumeToken(ctx.db, challengeToken, TokenPurpose.TWO_FACTOR_CHALLENGE))) {
    return failure(UserErrorCode.INVALID_TOKEN, 'This sign-in has expired. Please sign in again.', 'challengeToken');
  }
  await ctx.services.signInThrottle.reset(user.email);
  await audit(ctx, { action: 'auth.sign_in', actorId: user.id, actorEmail: user.email, targetType: 'User', targetId: user.id, details: { twoFactor: true } });
  return startSession(ctx, user, await issueRefreshToken(ctx, user.id));
}

/** The person enrolling: from an enrollment challenge (staff at first sign-in) or the signed-in viewer. */
async function enrollingUser(ctx: Context, challengeToken: string | null | undefined): Promise<User | null> {
  if (challengeToken) {
    const t = await findUsableToken(ctx.db, challengeToken, TokenPurpose.TWO_FACTOR_ENROLLMENT);
    return t ? withSecret(ctx.db, t.userId) : null;
  }
  if (ctx.viewer?.kind !== 'person') throw unauthenticated();
  return withSecret(ctx.db, ctx.viewer.userId);
}

export interface EnrollmentStart {
  secret: string | null;
  otpauthUrl: string | null;
  qrCodeDataUrl: string | null;
  userErrors: UserError[];
}

/** Starts setting up an authenticator app: a new pending secret, as text, URI and QR code. */
export async function startEnrollment(ctx: Context, challengeToken?: string | null): Promise<EnrollmentStart> {
  const user = await enrollingUser(ctx, challengeToken);
  const none = { secret: null, otpauthUrl: null, qrCodeDataUrl: null };
  if (!user?.canSignIn) return { ...none, userErrors: [userError(UserErrorCode.INVALID_TOKEN, 'This sign-in has expired. Please sign in again.', ['input', 'challengeToken'])] };
  if (user.twoFactorEnabledAt) return { ...none, userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'Two-factor sign-in is already on.', null)] };
  const secret = newTotpSecret();
  await ctx.db.update(User, { id: user.id }, { totpSecret: secret, totpLastStep: null });
  const url = otpauthUrl(secret, user.email);
  return { secret, otpauthUrl: url, qrCodeDataUrl: await QRCode.toDataURL(url, { margin: 1, width: 240 }), userErrors: [] };
}

export interface EnrollmentResult extends SessionPayload {
  recoveryCodes: string[] | null;
}

/** Confirms enrollment with a first code; returns recovery codes (shown once) and, after a challenge, the session. */
export async function confirmEnrollment(ctx: Context, challengeToken: string | null | undefined, code: string): Promise<EnrollmentResult> {
  const user = await enrollingUser(ctx, challengeToken);
  const fail = (c: UserErrorCode, m: string, f: string): EnrollmentResult => ({ ...failure(c, m, f), recoveryCodes: null });
  if (!user?.canSignIn) return fail(UserErrorCode.INVALID_TOKEN, 'This sign-in has expired. Please sign in again.', 'challengeToken');
  if (user.twoFactorEnabledAt) return fail(UserErrorCode.NOT_ALLOWED, 'Two-factor sign-in is already on.', 'code');
  if (!user.totpSecret) return fail(UserErrorCode.NOT_ALLOWED, 'Start the setup first.', 'code');
  const step = verifyTotp(user.totpSecret, code, null);
  if (step === null) return fail(UserErrorCode.INVALID_CODE, 'This code is not correct. Check the time on your phone and enter the current code.', 'code');
  if (challengeToken && !(await consumeToken(ctx.db, challengeToken, TokenPurpose.TWO_FACTOR_ENROLLMENT))) {
    return fail(UserErrorCode.INVALID_TOKEN, 'This sign-in has expired. Please sign in again.', 'challengeToken');
  }
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (em) => {
    await em.update(User, { id: user.id }, { twoFactorEnabledAt: new Date(), totpLastStep: step });
    await replaceRecoveryCodes(em, user.id, codes);
    await audit(ctx, { action: 'two_factor.enabled', actorId: user.id, targetType: 'User', targetId: user.id }, em);
  });
  user.twoFactorEnabledAt = new Date();
  const session = challengeToken ? startSession(ctx, user, await issueRefreshToken(ctx, user.id)) : { accessToken: null, accessTokenExpiresAt: null, user, userErrors: [] };
  return { ...session, recoveryCodes: codes };
}

async function replaceRecoveryCodes(em: EntityManager, userId: string, codes: string[]): Promise<void> {
  await em.delete(RecoveryCode, { userId });
  await em.insert(RecoveryCode, codes.map((c) => ({ id: randomUUID(), userId, codeHash: hashRecoveryCode(c), usedAt: null })));
}

/** New recovery codes (the old ones stop working), confirmed with a current code. */
export async function regenerateRecoveryCodes(ctx: Context, code: string): Promise<{ recoveryCodes: string[] | null; userErrors: UserError[] }> {
  const user = await withSecret(ctx.db, ctx.viewer!.userId);
  if (!user?.twoFactorEnabledAt || !(await checkSecondFactor(ctx, user, code))) {
    return { recoveryCodes: null, userErrors: [userError(UserErrorCode.INVALID_CODE, 'This code is not correct.', ['input', 'code'])] };
  }
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (em) => {
    await replaceRecoveryCodes(em, user.id, codes);
    await audit(ctx, { action: 'two_factor.recovery_codes_regenerated', targetType: 'User', targetId: user.id }, em);
  });
  return { recoveryCodes: codes, userErrors: [] };
}

/** Turns two-factor off (not for staff while it is required), confirmed with the password. */
export async function disableTwoFactor(ctx: Context, password: string): Promise<{ user: User | null; userErrors: UserError[] }> {
  const user = await withSecret(ctx.db, ctx.viewer!.userId);
  if (!user) throw unauthenticated();
  if (requiresTwoFactor(ctx, user)) return { user: null, userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'Staff must keep two-factor sign-in on.', null)] };
  if (!(await verifyPassword(user.passwordHash, password))) {
    return { user: null, userErrors: [userError(UserErrorCode.INVALID_CREDENTIALS, 'Your password is not correct.', ['input', 'password'])] };
  }
  await ctx.db.transaction(async (em) => {
    await em.update(User, { id: user.id }, { totpSecret: null, twoFactorEnabledAt: null, totpLastStep: null });
    await em.delete(RecoveryCode, { userId: user.id });
    await revokeAllForUser({ ...ctx, db: em }, user.id);
    await audit(ctx, { action: 'two_factor.disabled', targetType: 'User', targetId: user.id }, em);
  });
  user.twoFactorEnabledAt = null;
  return { user, userErrors: [] };
}
