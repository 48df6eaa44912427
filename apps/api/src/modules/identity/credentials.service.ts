import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../graphql/errors';
import { userError, UserErrorCode } from '../../graphql/user-error';
import { hashPassword, verifyPassword } from '../../auth/password';
import { audit } from '../audit/audit.service';
import type { SessionPayload } from '../auth/auth.inputs';
import { startSession } from '../auth/auth.service';
import { issueRefreshToken, revokeAllForUser } from '../auth/refresh-token.service';
import { enqueueMail } from '../mail/mail-outbox.service';
import { completeSignIn } from '../two-factor/two-factor.service';
import { Role, User, UserStatus } from '../users/user.entity';
import { appLink } from './identity.service';
import { TokenPurpose } from './one-time-token.entity';
import { consumeToken, findUsableToken, issueToken } from './one-time-token.service';
import { passwordProblem } from './password-policy';
import { notifyInvitationAccepted } from './invitation-notifications';

const sessionFailure = (code: UserErrorCode, message: string, field: string[] | null = null): SessionPayload => ({
  accessToken: null,
  accessTokenExpiresAt: null,
  user: null,
  userErrors: [userError(code, message, field)],
});

const INVALID_LINK = 'This link is invalid or has expired. Ask for a new one.';

/**
 * Sets a password from an emailed token (invitation or reset) and signs the person in. The token is
 * checked before the password, and used only once the password is acceptable, so a weak password
 * does not burn the link.
 */
async function setPasswordWithToken(ctx: Context, token: string, password: string, purpose: TokenPurpose): Promise<SessionPayload> {
  const found = await findUsableToken(ctx.db, token, purpose);
  const user = found ? await ctx.db.findOne(User, { where: { id: found.userId } }) : null;
  if (!found || !user || user.status === UserStatus.DEACTIVATED) return sessionFailure(UserErrorCode.INVALID_TOKEN, INVALID_LINK, ['input', 'token']);
  const problem = passwordProblem(password, user.email);
  if (problem) return sessionFailure(UserErrorCode.WEAK_PASSWORD, problem, ['input', 'password']);
  const passwordHash = await hashPassword(password);
  const ok = await ctx.db.transaction(async (em) => {
    if (!(await consumeToken(em, token, purpose))) return false;
    await em.update(User, { id: user.id }, { passwordHash, status: UserStatus.ACTIVE });
    await revokeAllForUser({ ...ctx, db: em }, user.id);
    const action = purpose === TokenPurpose.INVITATION ? 'user.invitation_accepted' : 'auth.password_reset';
    await audit(ctx, { action, actorId: user.id, actorEmail: user.email, targetType: 'User', targetId: user.id }, em);
    if (purpose === TokenPurpose.INVITATION && found.createdById && found.createdById !== user.id) await notifyInvitationAccepted(em, ctx.services.config, found.createdById, user);
    if (purpose === TokenPurpose.PASSWORD_RESET) await enqueueMail(em, { to: user.email, template: 'password-changed', locale: user.locale, params: { firstName: user.firstName } });
    return true;
  });
  if (!ok) return sessionFailure(UserErrorCode.INVALID_TOKEN, INVALID_LINK, ['input', 'token']);
  user.status = UserStatus.ACTIVE;
  // A reset must not skip the second factor; an invited staff member enrolls here.
  return completeSignIn(ctx, user);
}

export const acceptInvitation = (ctx: Context, token: string, password: string) =>
  setPasswordWithToken(ctx, token, password, TokenPurpose.INVITATION);

export const resetPassword = (ctx: Context, token: string, password: string) =>
  setPasswordWithToken(ctx, token, password, TokenPurpose.PASSWORD_RESET);

/**
 * Emails a single-use link (magic sign-in or password reset) when the address belongs to an active
 * person. The answer is the same either way, so it never reveals whether an address is known.
 */
export async function requestEmailLink(ctx: Context, rawEmail: string, purpose: TokenPurpose.MAGIC_LINK | TokenPurpose.PASSWORD_RESET): Promise<void> {
  const email = rawEmail.trim().toLowerCase();
  // The sign-in throttle also limits how many links one IP or address can make us send.
  const wait = await ctx.services.signInThrottle.attempt(email, ctx.req.ip ?? 'unknown');
  const user = wait > 0 ? null : await ctx.db.findOne(User, { where: { email } });
  const action = purpose === TokenPurpose.MAGIC_LINK ? 'auth.magic_link_requested' : 'auth.password_reset_requested';
  await ctx.db.transaction(async (em) => {
    await audit(ctx, { action, actorEmail: email, actorId: user?.id ?? null, details: { sent: !!user?.canSignIn, throttled: wait > 0 } }, em);
    if (!user?.canSignIn) return;
    // Magic links are for sponsors, who rarely remember a password; others reset theirs.
    if (purpose === TokenPurpose.MAGIC_LINK && user.role !== Role.SPONSOR) return;
    const { token } = await issueToken(em, user.id, purpose, null);
    const page = purpose === TokenPurpose.MAGIC_LINK ? 'magic-link' : 'reset-password';
    await enqueueMail(em, {
      to: user.email,
      template: purpose === TokenPurpose.MAGIC_LINK ? 'magic-link' : 'password-reset',
      locale: user.locale,
      params: { firstName: user.firstName, link: appLink(ctx, user.role, page, token), validMinutes: purpose === TokenPurpose.MAGIC_LINK ? 15 : 60 },
    });
  });
}

/** Signs in with a magic link's token (single use, 15 minutes). */
export async function signInWithMagicLink(ctx: Context, token: string): Promise<SessionPayload> {
  const userId = await consumeToken(ctx.db, token, TokenPurpose.MAGIC_LINK);
  const user = userId ? await ctx.db.findOne(User, { where: { id: userId } }) : null;
  if (!user?.canSignIn) return sessionFailure(UserErrorCode.INVALID_TOKEN, INVALID_LINK, ['input', 'token']);
  const result = await completeSignIn(ctx, user);
  if (result.accessToken) {
    await audit(ctx, { action: 'auth.sign_in', actorId: user.id, actorEmail: user.email, targetType: 'User', targetId: user.id, details: { method: 'magic_link' } });
  }
  return result;
}

/** Changes the viewer's password; every other session ends, this device gets a fresh one. */
export async function changePassword(ctx: Context, current: string, next: string): Promise<SessionPayload> {
  const user = await ctx.db.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.id = :id', { id: ctx.viewer!.userId }).getOne();
  if (!user?.canSignIn) throw unauthenticated();
  if (!(await verifyPassword(user.passwordHash, current))) {
    return sessionFailure(UserErrorCode.INVALID_CREDENTIALS, 'Your current password is not correct.', ['input', 'currentPassword']);
  }
  const problem = passwordProblem(next, user.email);
  if (problem) return sessionFailure(UserErrorCode.WEAK_PASSWORD, problem, ['input', 'newPassword']);
  const passwordHash = await hashPassword(next);
  await ctx.db.transaction(async (em) => {
    await em.update(User, { id: user.id }, { passwordHash });
    await revokeAllForUser({ ...ctx, db: em }, user.id);
    await audit(ctx, { action: 'auth.password_changed', targetType: 'User', targetId: user.id }, em);
    await enqueueMail(em, { to: user.email, template: 'password-changed', locale: user.locale, params: { firstName: user.firstName } });
  });
  return startSession(ctx, user, await issueRefreshToken(ctx, user.id));
}
