import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserError } from '../../graphql/user-error';
import { SessionPayload } from '../auth/auth.inputs';
import { UserPayload } from '../identity/identity.inputs';
import * as twoFactor from './two-factor.service';

@InputType()
class VerifyTwoFactorInput {
  @Field()
  challengeToken: string;

  @Field({ description: 'The 6-digit code from the authenticator app, or a recovery code.' })
  code: string;
}

@InputType()
class StartTwoFactorEnrollmentInput {
  @Field(() => String, { nullable: true, description: 'From a sign-in that requires enrollment; omit when signed in.' })
  challengeToken?: string | null;
}

@InputType()
class ConfirmTwoFactorEnrollmentInput {
  @Field(() => String, { nullable: true, description: 'From a sign-in that requires enrollment; omit when signed in.' })
  challengeToken?: string | null;

  @Field()
  code: string;
}

@InputType()
class CodeInput {
  @Field()
  code: string;
}

@InputType()
class PasswordInput {
  @Field()
  password: string;
}

@ObjectType()
class TwoFactorEnrollmentPayload {
  @Field(() => String, { nullable: true, description: 'The secret, for typing into an app by hand.' })
  secret: string | null;

  @Field(() => String, { nullable: true })
  otpauthUrl: string | null;

  @Field(() => String, { nullable: true, description: 'A PNG data URL of the QR code to scan.' })
  qrCodeDataUrl: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
class TwoFactorConfirmPayload extends SessionPayload {
  @Field(() => [String], { nullable: true, description: 'One-time recovery codes, shown only now.' })
  recoveryCodes: string[] | null;
}

@ObjectType()
class RecoveryCodesPayload {
  @Field(() => [String], { nullable: true })
  recoveryCodes: string[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver()
export class TwoFactorResolver {
  @Mutation(() => SessionPayload, { description: 'Finish signing in with an authenticator code or a recovery code.' })
  verifyTwoFactor(@Ctx() ctx: Context, @Arg('input') input: VerifyTwoFactorInput): Promise<SessionPayload> {
    return twoFactor.verifyTwoFactor(ctx, input.challengeToken, input.code);
  }

  @Mutation(() => TwoFactorEnrollmentPayload, { description: 'Start setting up an authenticator app.' })
  startTwoFactorEnrollment(@Ctx() ctx: Context, @Arg('input') input: StartTwoFactorEnrollmentInput): Promise<TwoFactorEnrollmentPayload> {
    return twoFactor.startEnrollment(ctx, input.challengeToken);
  }

  @Mutation(() => TwoFactorConfirmPayload, { description: 'Confirm the app with a first code; returns recovery codes.' })
  confirmTwoFactorEnrollment(@Ctx() ctx: Context, @Arg('input') input: ConfirmTwoFactorEnrollmentInput): Promise<TwoFactorConfirmPayload> {
    return twoFactor.confirmEnrollment(ctx, input.challengeToken, input.code);
  }

  @Mutation(() => RecoveryCodesPayload, { description: 'Replace the recovery codes (needs a current code).' })
  regenerateRecoveryCodes(@Ctx() ctx: Context, @Arg('input') input: CodeInput): Promise<RecoveryCodesPayload> {
    return twoFactor.regenerateRecoveryCodes(ctx, input.code);
  }

  @Mutation(() => UserPayload, { description: 'Turn two-factor sign-in off (not for staff while required).' })
  disableTwoFactor(@Ctx() ctx: Context, @Arg('input') input: PasswordInput): Promise<UserPayload> {
    return twoFactor.disableTwoFactor(ctx, input.password);
  }
}
