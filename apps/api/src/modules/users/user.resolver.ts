import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../graphql/errors';
import { Account } from '../accounts/account.entity';
import { PartnerOrganization } from '../partners/partner-organization.entity';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in person.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    const me = ctx.viewer ? await ctx.loaders.byId.User.load(ctx.viewer.userId) : null;
    // A valid token for a deleted person: treat as signed out.
    if (!me || !me.active) throw unauthenticated();
    return me;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The sponsor account (household or organization).' })
  account(@Root() u: User, @Ctx() ctx: Context): Promise<Account | null> | null {
    return u.accountId ? ctx.loaders.byId.Account.load(u.accountId) : null;
  }

  @FieldResolver(() => PartnerOrganization, { nullable: true, description: 'For partner users: their organization.' })
  partnerOrganization(@Root() u: User, @Ctx() ctx: Context): Promise<PartnerOrganization | null> | null {
    return u.partnerOrganizationId ? ctx.loaders.byId.PartnerOrganization.load(u.partnerOrganizationId) : null;
  }
}
