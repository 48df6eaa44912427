import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, paginate, type ConnectionResult } from '../../graphql/connection';
import { UserError } from '../../graphql/user-error';
import { isStaff } from '../../auth/viewer';
import { ApiScope } from './api-scope';
import { ApiToken } from './api-token.entity';
import * as tokens from './api-token.service';

@ObjectType()
export class ApiTokenConnection extends Connection(ApiToken) {}

@ArgsType()
class ApiTokensArgs extends ConnectionArgs {
  @Field({ nullable: true, defaultValue: false })
  includeRevoked: boolean;
}

@InputType()
class CreateApiTokenInput {
  @Field()
  name: string;

  @Field(() => [ApiScope])
  scopes: ApiScope[];

  @Field(() => Int, { nullable: true, description: 'Days until it expires (1–730); never when omitted.' })
  expiresInDays?: number | null;
}

@InputType()
class RevokeApiTokenInput {
  @Field(() => ID)
  id: string;
}

@ObjectType()
class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken: ApiToken | null;

  @Field(() => String, { nullable: true, description: 'The secret for `Authorization: Bearer`. Shown only now: store it safely.' })
  secret: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken: ApiToken | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, { description: 'Integrator API tokens, newest first (staff only).' })
  apiTokens(@Ctx() ctx: Context, @Args() args: ApiTokensArgs): Promise<ConnectionResult<ApiToken>> {
    const qb = ctx.db.createQueryBuilder(ApiToken, 'token');
    if (!isStaff(ctx.viewer)) qb.andWhere('1 = 0');
    if (!args.includeRevoked) qb.andWhere('token.revoked_at IS NULL');
    return paginate(qb, args, 'createdAt', (t) => t.createdAt.toISOString(), 'DESC');
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Create an integrator API token (staff only).' })
  createApiToken(@Ctx() ctx: Context, @Arg('input') input: CreateApiTokenInput): Promise<CreateApiTokenPayload> {
    return tokens.createApiToken(ctx, input.name, input.scopes, input.expiresInDays);
  }

  @Mutation(() => ApiTokenPayload, { description: 'Revoke an API token at once (staff only).' })
  revokeApiToken(@Ctx() ctx: Context, @Arg('input') input: RevokeApiTokenInput): Promise<ApiTokenPayload> {
    return tokens.revokeApiToken(ctx, input.id);
  }
}
