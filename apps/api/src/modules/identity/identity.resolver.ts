import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { SessionPayload } from '../auth/auth.inputs';
import { UserStatus } from '../users/user.entity';
import * as credentials from './credentials.service';
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  EmailInput,
  InviteUserInput,
  RequestAcceptedPayload,
  ResetPasswordInput,
  SetMyLocaleInput,
  SetUserRoleInput,
  TokenInput,
  UserIdInput,
  UserPayload,
} from './identity.inputs';
import * as identity from './identity.service';
import { TokenPurpose } from './one-time-token.entity';

const accepted = (): RequestAcceptedPayload => ({ accepted: true, userErrors: [] });

@Resolver()
export class IdentityResolver {
  @Mutation(() => UserPayload, { description: 'Invite a person by email (staff; account admins for their own account).' })
  inviteUser(@Ctx() ctx: Context, @Arg('input') input: InviteUserInput): Promise<UserPayload> {
    return identity.inviteUser(ctx, input);
  }

  @Mutation(() => UserPayload, { description: 'Send a new invitation link; the old one stops working.' })
  resendInvitation(@Ctx() ctx: Context, @Arg('input') input: UserIdInput): Promise<UserPayload> {
    return identity.resendInvitation(ctx, input.userId);
  }

  @Mutation(() => UserPayload, { description: 'Remove access: the person is signed out everywhere at once.' })
  deactivateUser(@Ctx() ctx: Context, @Arg('input') input: UserIdInput): Promise<UserPayload> {
    return identity.setUserStatus(ctx, input.userId, UserStatus.DEACTIVATED);
  }

  @Mutation(() => UserPayload, { description: 'Give access back to a deactivated person.' })
  reactivateUser(@Ctx() ctx: Context, @Arg('input') input: UserIdInput): Promise<UserPayload> {
    return identity.setUserStatus(ctx, input.userId, UserStatus.ACTIVE);
  }

  @Mutation(() => UserPayload, { description: "Change a person's role (staff admins); their sessions end." })
  setUserRole(@Ctx() ctx: Context, @Arg('input') input: SetUserRoleInput): Promise<UserPayload> {
    return identity.setUserRole(ctx, input.userId, input.role);
  }

  @Mutation(() => UserPayload, { description: 'Change your own language (portal, emails and notifications).' })
  setMyLocale(@Ctx() ctx: Context, @Arg('input') input: SetMyLocaleInput): Promise<UserPayload> {
    return identity.setMyLocale(ctx, input.locale);
  }

  @Mutation(() => SessionPayload, { description: 'Set a password with an invitation token and sign in.' })
  acceptInvitation(@Ctx() ctx: Context, @Arg('input') input: AcceptInvitationInput): Promise<SessionPayload> {
    return credentials.acceptInvitation(ctx, input.token, input.password);
  }

  @Mutation(() => RequestAcceptedPayload, { description: 'Email a sign-in link valid 15 minutes (sponsors).' })
  async requestMagicLink(@Ctx() ctx: Context, @Arg('input') input: EmailInput): Promise<RequestAcceptedPayload> {
    await credentials.requestEmailLink(ctx, input.email, TokenPurpose.MAGIC_LINK);
    return accepted();
  }

  @Mutation(() => SessionPayload, { description: 'Sign in with the token of a magic link.' })
  signInWithMagicLink(@Ctx() ctx: Context, @Arg('input') input: TokenInput): Promise<SessionPayload> {
    return credentials.signInWithMagicLink(ctx, input.token);
  }

  @Mutation(() => RequestAcceptedPayload, { description: 'Email a password reset link valid 60 minutes.' })
  async requestPasswordReset(@Ctx() ctx: Context, @Arg('input') input: EmailInput): Promise<RequestAcceptedPayload> {
    await credentials.requestEmailLink(ctx, input.email, TokenPurpose.PASSWORD_RESET);
    return accepted();
  }

  @Mutation(() => SessionPayload, { description: 'Set a new password with a reset token; other sessions end.' })
  resetPassword(@Ctx() ctx: Context, @Arg('input') input: ResetPasswordInput): Promise<SessionPayload> {
    return credentials.resetPassword(ctx, input.token, input.password);
  }

  @Mutation(() => SessionPayload, { description: 'Change your password; your other sessions end.' })
  changePassword(@Ctx() ctx: Context, @Arg('input') input: ChangePasswordInput): Promise<SessionPayload> {
    return credentials.changePassword(ctx, input.currentPassword, input.newPassword);
  }
}
