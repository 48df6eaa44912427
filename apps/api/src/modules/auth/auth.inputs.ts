import { Field, InputType, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';
import { UserError } from '../../graphql/user-error';

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class SignOutInput {
  @Field({ nullable: true, defaultValue: false, description: 'Also end every other session of this person.' })
  everywhere?: boolean;
}

@InputType()
export class RefreshSessionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Refresh token, for clients that cannot keep the httpOnly cookie (the cookie is preferred).',
  })
  refreshToken?: string | null;
}

@ObjectType({ description: 'A second step is needed before the session starts.' })
export class TwoFactorChallenge {
  @Field({ description: 'Pass to verifyTwoFactor (or, when enrollmentRequired, to the enrollment mutations).' })
  challengeToken: string;

  @Field({ description: 'True when this person must first set up an authenticator app (staff).' })
  enrollmentRequired: boolean;
}

@ObjectType({ description: 'The result of a sign-in or a session refresh.' })
export class SessionPayload {
  @Field(() => String, { nullable: true, description: 'Short-lived access token for `Authorization: Bearer`.' })
  accessToken: string | null;

  @Field(() => String, { nullable: true, description: 'When the access token expires (ISO 8601).' })
  accessTokenExpiresAt: string | null;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => TwoFactorChallenge, { nullable: true, description: 'Set when a code is needed to finish signing in.' })
  twoFactor?: TwoFactorChallenge | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}
