import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { RefreshSessionInput, SessionPayload, SignInInput, SignOutInput, SignOutPayload } from './auth.inputs';
import * as auth from './auth.service';

@Resolver()
export class AuthResolver {
  @Mutation(() => SessionPayload, { description: 'Sign in with email and password.' })
  signIn(@Ctx() ctx: Context, @Arg('input') input: SignInInput): Promise<SessionPayload> {
    return auth.signIn(ctx, input.email, input.password);
  }

  @Mutation(() => SessionPayload, { description: 'Exchange the refresh token (httpOnly cookie) for a new access token.' })
  refreshSession(
    @Ctx() ctx: Context,
    @Arg('input', () => RefreshSessionInput, { nullable: true }) input?: RefreshSessionInput | null,
  ): Promise<SessionPayload> {
    return auth.refreshSession(ctx, input?.refreshToken);
  }

  @Mutation(() => SignOutPayload, { description: 'Sign out on this device.' })
  async signOut(
    @Ctx() ctx: Context,
    @Arg('input', () => SignOutInput, { nullable: true }) input?: SignOutInput | null,
  ): Promise<SignOutPayload> {
    await auth.signOut(ctx, input?.everywhere ?? false);
    return { signedOut: true, userErrors: [] };
  }
}
