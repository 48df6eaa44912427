import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_TOKEN = 'INVALID_TOKEN',
  INVALID_CODE = 'INVALID_CODE',
  NOT_ALLOWED = 'NOT_ALLOWED',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
}
registerEnumType(UserErrorCode, { name: 'UserErrorCode', description: 'Why a mutation could not do what was asked.' });

/** A business failure of a mutation, returned as data: which input field, what to fix, a stable code. */
@ObjectType()
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "email"].' })
  field: string[] | null;

  @Field({ description: 'What went wrong and how to fix it, for people.' })
  message: string;

  @Field(() => UserErrorCode)
  code: UserErrorCode;
}

export const userError = (code: UserErrorCode, message: string, field: string[] | null = null): UserError =>
  Object.assign(new UserError(), { code, message, field });
