import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role, User } from '../users/user.entity';
import { UserError } from '../../graphql/user-error';

@InputType()
export class InviteUserInput {
  @Field()
  email: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => Role)
  role: Role;

  @Field({ nullable: true, defaultValue: 'en', description: 'Language of the invitation and the portal: "en" or "fr".' })
  locale: string;

  @Field(() => ID, { nullable: true, description: 'Required for PARTNER: their partner organization.' })
  partnerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for SPONSOR: their account (an account admin may only use their own).' })
  accountId?: string | null;
}

@InputType()
export class UserIdInput {
  @Field(() => ID)
  userId: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  token: string;

  @Field()
  password: string;
}

@InputType()
export class EmailInput {
  @Field()
  email: string;
}

@InputType()
export class TokenInput {
  @Field()
  token: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link.' })
  token: string;

  @Field()
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}

@InputType()
export class SetMyLocaleInput {
  @Field({ description: 'BCP 47 language tag of a supported language, e.g. "en" or "fr".' })
  locale: string;
}

@InputType()
export class SetUserRoleInput {
  @Field(() => ID)
  userId: string;

  @Field(() => Role)
  role: Role;
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'An answer that never reveals whether an email address is known.' })
export class RequestAcceptedPayload {
  @Field({ description: 'Always true: if the address is known, an email is on its way.' })
  accepted: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}
