import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, paginate, type ConnectionResult } from '../../graphql/connection';
import { scopedQuery } from '../../data/scoped-query';
import { containsPattern } from '../../data/like';
import type { Context } from '../../graphql/context';
import { forbidden, unauthenticated } from '../../graphql/errors';
import { fromGlobalId } from '../../graphql/global-id';
import { Account } from '../accounts/account.entity';
import { PartnerOrganization } from '../partners/partner-organization.entity';
import { Role, User, UserStatus } from './user.entity';

@ObjectType()
export class UserConnection extends Connection(User) {}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Matches email or name (case-insensitive).' })
  search?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => UserStatus, { nullable: true })
  status?: UserStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A partner organization (its partner users) or a sponsor account (its people). An id of any other type matches nobody.',
  })
  organizationId?: string | null;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in person.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    const me = ctx.viewer ? await ctx.loaders.byId.User.load(ctx.viewer.userId) : null;
    // A valid token for a deleted person: treat as signed out.
    if (!me || !me.canSignIn) throw unauthenticated();
    return me;
  }

  @Query(() => UserConnection, { description: 'People with access to the portal, by email (staff only).' })
  users(@Ctx() ctx: Context, @Args() args: UsersArgs): Promise<ConnectionResult<User>> {
    const qb = scopedQuery(ctx.db, ctx.viewer, 'User');
    if (args.role) qb.andWhere('person.role = :role', { role: args.role });
    if (args.status) qb.andWhere('person.status = :status', { status: args.status });
    if (args.organizationId != null) {
      const parsed = fromGlobalId(args.organizationId);
      if (parsed?.type === 'PartnerOrganization') qb.andWhere('person.partner_organization_id = :orgId', { orgId: parsed.id });
      else if (parsed?.type === 'Account') qb.andWhere('person.account_id = :orgId', { orgId: parsed.id });
      else qb.andWhere('1 = 0');
    }
    const search = args.search?.trim();
    if (search) {
      qb.andWhere('(person.email ILIKE :pattern OR person.display_name ILIKE :pattern)', { pattern: containsPattern(search) });
    }
    return paginate(qb, args, 'email', (u) => u.email);
  }

  @Query(() => UserConnection, { description: "The people of the viewer's sponsor account, for its account admin." })
  accountPeople(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<User>> {
    const v = ctx.viewer!;
    if (!v.isAccountAdmin || !v.accountId) throw forbidden("Only your account's administrator manages its people.");
    // Not the user scope (which shows sponsors only themselves): an account admin sees their account.
    const qb = ctx.db.createQueryBuilder(User, 'person').where('person.account_id = :accountId', { accountId: v.accountId });
    return paginate(qb, args, 'email', (u) => u.email);
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
