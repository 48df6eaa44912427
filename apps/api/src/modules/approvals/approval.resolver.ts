import { Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { isScopedTypeName } from '../../data/scoped-query';
import { User } from '../users/user.entity';
import { Approval } from './approval.entity';

@ObjectType()
export class ApprovalConnection extends Connection(Approval) {}

@Resolver(() => Approval)
export class ApprovalResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The reviewer: for staff; null for everyone else.' })
  reviewer(@Root() a: Approval, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId.User.load(a.reviewerId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'What was reviewed, when the viewer may see it.' })
  async subject(@Root() a: Approval, @Ctx() ctx: Context): Promise<Node | null> {
    return isScopedTypeName(a.subjectType) ? ((await ctx.loaders.byId[a.subjectType].load(a.subjectId)) as Node | null) : null;
  }
}
