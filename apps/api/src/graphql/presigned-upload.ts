import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { UserError } from './user-error';

/**
 * The fields every "create an upload" payload shares: where to send the file's bytes (never through
 * GraphQL) and until when. Payloads extend it and add the record the upload belongs to.
 */
@ObjectType() // only extended: not reachable itself, so not a type of the schema
export class PresignedUploadPayload {
  @Field(() => String, { nullable: true, description: 'Presigned URL: send the file here with `method` and `headers`.' })
  url: string | null;

  @Field(() => String, { nullable: true })
  method: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  headers: Record<string, string> | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
