import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { forbidden, notFound } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { hashPassword } from '../../auth/password';
import { isStaff } from '../../auth/viewer';
import { scopedQuery } from '../../data/scoped-query';
import { audit } from '../audit/audit.service';
import { enqueueMail } from '../mail/mail-outbox.service';
import { Role, User, UserStatus } from '../users/user.entity';
import { mailCatalogues } from '@portal/mail';
import type { InviteUserInput } from './identity.inputs';
import { TokenPurpose } from './one-time-token.entity';
import { issueToken } from './one-time-token.service';
import { canManage, invitableRoles } from './people.policy';
import { revokeAllForUser } from '../auth/refresh-token.service';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The languages the portal speaks: those the emails are written in (the SPAs have the same list). */
export const SUPPORTED_LOCALES: readonly string[] = Object.keys(mailCatalogues);
const LOCALES = new Set(SUPPORTED_LOCALES);

export const appForRole = (role: Role): string =>
  role === Role.SPONSOR ? 'sponsor' : role === Role.PARTNER ? 'partner' : 'admin';

/** A link into one of the SPAs; the token rides in the fragment so it never reaches server logs. */
export function appLink(ctx: Context, role: Role, page: string, token: string): string {
  const base = ctx.services.config.publicUrl ?? `http://localhost:${ctx.services.config.port}`;
  return `${base}/${appForRole(role)}/${page}#token=${encodeURIComponent(token)}`;
}

type Payload = { user: User | null; userErrors: UserError[] };
const fail = (code: UserErrorCode, message: string, field: string[] | null = null): Payload => ({
  user: null,
  userErrors: [userError(code, message, field)],
});

/** Invites a person: an INVITED user, a 7-day single-use link by email, an audit record — in one transaction. */
export async function inviteUser(ctx: Context, input: InviteUserInput): Promise<Payload> {
  const viewer = ctx.viewer!;
  if (!invitableRoles(viewer).includes(input.role)) throw forbidden('You cannot invite people with this role.');
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) return fail(UserErrorCode.INVALID, 'Enter a valid email address.', ['input', 'email']);
  if (!input.firstName.trim()) return fail(UserErrorCode.REQUIRED, 'Enter a first name.', ['input', 'firstName']);
  if (!input.lastName.trim()) return fail(UserErrorCode.REQUIRED, 'Enter a last name.', ['input', 'lastName']);
  const locale = LOCALES.has(input.locale) ? input.locale : 'en';

  let partnerOrganizationId: string | null = null;
  let accountId: string | null = null;
  if (input.role === Role.PARTNER) {
    const id = input.partnerOrganizationId ? fromGlobalIdOfType(input.partnerOrganizationId, 'PartnerOrganization') : null;
    const org = id ? await ctx.loaders.byId.PartnerOrganization.load(id) : null;
    if (!org) return fail(UserErrorCode.REQUIRED, 'Choose the partner organization of this person.', ['input', 'partnerOrganizationId']);
    partnerOrganizationId = org.id;
  }
  if (input.role === Role.SPONSOR) {
    const id = input.accountId ? fromGlobalIdOfType(input.accountId, 'Account') : isStaff(viewer) ? null : viewer.accountId;
    const account = id ? await ctx.loaders.byId.Account.load(id) : null;
    if (!account || (!isStaff(viewer) && account.id !== viewer.accountId)) {
      return fail(UserErrorCode.REQUIRED, 'Choose the sponsor account of this person.', ['input', 'accountId']);
    }
    accountId = account.id;
  }
  if (await ctx.db.exists(User, { where: { email } })) {
    return fail(UserErrorCode.ALREADY_EXISTS, 'A person with this email address already has access.', ['input', 'email']);
  }

  const user = await ctx.db.transaction(async (em) => {
    const created = await em.save(
      em.create(User, {
        id: randomUUID(),
        email,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        displayName: `${input.firstName.trim()} ${input.lastName.trim()}`,
        locale,
        role: input.role,
        status: UserStatus.INVITED,
        passwordHash: null,
        isAccountAdmin: false,
        partnerOrganizationId,
        accountId,
        salesforceId: null,
      }),
    );
    await sendInvitation(ctx, em, created);
    await audit(ctx, { action: 'user.invited', targetType: 'User', targetId: created.id, details: { email, role: input.role } }, em);
    return created;
  });
  return { user, userErrors: [] };
}

async function sendInvitation(ctx: Context, em: EntityManager, user: User): Promise<void> {
  const { token, expiresAt } = await issueToken(em, user.id, TokenPurpose.INVITATION, ctx.viewer?.userId ?? null);
  const inviter = await em.findOne(User, { where: { id: ctx.viewer!.userId } });
  await enqueueMail(em, {
    to: user.email,
    template: 'invitation',
    locale: user.locale,
    params: {
      firstName: user.firstName,
      inviterName: inviter?.displayName ?? 'The team',
      acceptLink: appLink(ctx, user.role, 'accept-invitation', token),
      expiresAt: expiresAt.toISOString(),
    },
  });
}

/** Sends a new invitation link; the previous one stops working. */
export async function resendInvitation(ctx: Context, userGlobalId: string): Promise<Payload> {
  const user = await manageableUser(ctx, userGlobalId);
  if (user.status !== UserStatus.INVITED) {
    return fail(UserErrorCode.INVALID, 'This person has already accepted their invitation.', ['input', 'userId']);
  }
  await ctx.db.transaction(async (em) => {
    await sendInvitation(ctx, em, user);
    await audit(ctx, { action: 'user.invitation_resent', targetType: 'User', targetId: user.id }, em);
  });
  return { user, userErrors: [] };
}

/** Deactivates or reactivates a person; deactivation ends all their sessions at once. */
export async function setUserStatus(ctx: Context, userGlobalId: string, status: UserStatus.ACTIVE | UserStatus.DEACTIVATED): Promise<Payload> {
  const user = await manageableUser(ctx, userGlobalId);
  if (user.id === ctx.viewer!.userId) return fail(UserErrorCode.INVALID, 'You cannot change your own access.', ['input', 'userId']);
  if (status === UserStatus.ACTIVE && !user.passwordHashSet) {
    return fail(UserErrorCode.INVALID, 'This person has not accepted their invitation yet: resend it instead.', ['input', 'userId']);
  }
  await ctx.db.transaction(async (em) => {
    await em.update(User, { id: user.id }, { status });
    if (status === UserStatus.DEACTIVATED) await revokeAllForUser({ ...ctx, db: em }, user.id);
    await audit(ctx, { action: status === UserStatus.ACTIVE ? 'user.reactivated' : 'user.deactivated', targetType: 'User', targetId: user.id }, em);
  });
  user.status = status;
  return { user, userErrors: [] };
}

/** Changes a person's role (staff admins only); their sessions end so the new role applies at once. */
export async function setUserRole(ctx: Context, userGlobalId: string, role: Role): Promise<Payload> {
  const user = await manageableUser(ctx, userGlobalId);
  if (user.id === ctx.viewer!.userId) return fail(UserErrorCode.INVALID, 'You cannot change your own role.', ['input', 'userId']);
  const needsOrg = role === Role.PARTNER && !user.partnerOrganizationId;
  const needsAccount = role === Role.SPONSOR && !user.accountId;
  if (needsOrg || needsAccount) {
    return fail(UserErrorCode.INVALID, `This person has no ${needsOrg ? 'partner organization' : 'sponsor account'}: invite them with this role instead.`, ['input', 'role']);
  }
  const from = user.role;
  await ctx.db.transaction(async (em) => {
    await em.update(User, { id: user.id }, { role });
    await revokeAllForUser({ ...ctx, db: em }, user.id);
    await audit(ctx, { action: 'user.role_changed', targetType: 'User', targetId: user.id, details: { from, to: role } }, em);
  });
  user.role = role;
  return { user, userErrors: [] };
}

async function manageableUser(ctx: Context, userGlobalId: string): Promise<User & { passwordHashSet: boolean }> {
  const id = fromGlobalIdOfType(userGlobalId, 'User');
  // Account admins may manage the people of their account, whom the user scope would hide from them.
  const user = id
    ? await ctx.db.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne()
    : null;
  const visible = user && (canManage(ctx.viewer!, user) || (await scopedQuery(ctx.db, ctx.viewer, 'User').andWhere('person.id = :id', { id: user.id }).getExists()));
  if (!user || !visible) throw notFound('No person with this ID.');
  if (!canManage(ctx.viewer!, user)) throw forbidden('You cannot manage this person.');
  return Object.assign(user, { passwordHashSet: !!user.passwordHash });
}

export const hashNewPassword = hashPassword;

/** Changes the viewer's own language: the SPAs, emails and notifications follow it from now on. */
export async function setMyLocale(ctx: Context, locale: string): Promise<Payload> {
  const wanted = locale.trim();
  if (!LOCALES.has(wanted)) {
    return fail(UserErrorCode.INVALID, `Choose one of the supported languages: ${SUPPORTED_LOCALES.join(', ')}.`, ['input', 'locale']);
  }
  const user = await ctx.db.findOne(User, { where: { id: ctx.viewer!.userId } });
  if (!user) throw notFound();
  if (user.locale !== wanted) {
    await ctx.db.transaction(async (em) => {
      await em.update(User, { id: user.id }, { locale: wanted });
      await audit(ctx, { action: 'user.locale_changed', targetType: 'User', targetId: user.id, details: { from: user.locale, to: wanted } }, em);
    });
    user.locale = wanted;
  }
  return { user, userErrors: [] };
}
