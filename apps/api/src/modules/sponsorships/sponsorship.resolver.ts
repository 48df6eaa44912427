import { Args, ArgsType, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, paginate, type ConnectionResult } from '../../graphql/connection';
import { scopedQuery } from '../../data/scoped-query';
import { Child } from '../children/child.entity';
import { User } from '../users/user.entity';
import { Sponsorship } from './sponsorship.entity';

@ObjectType()
export class SponsorshipConnection extends Connection(Sponsorship) {}

@ArgsType()
export class SponsorshipsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only ended (false) sponsorships.' })
  active?: boolean | null;
}

@Resolver(() => Sponsorship)
export class SponsorshipResolver {
  @Query(() => SponsorshipConnection, { description: 'Sponsorships the viewer may see, oldest first.' })
  sponsorships(@Ctx() ctx: Context, @Args() args: SponsorshipsArgs): Promise<ConnectionResult<Sponsorship>> {
    const qb = scopedQuery(ctx.db, ctx.viewer, 'Sponsorship');
    if (args.active !== null && args.active !== undefined) qb.andWhere('sponsorship.active = :active', { active: args.active });
    return paginate(qb, args, 'startDate', (s) => s.startDate);
  }

  @FieldResolver(() => Child, { nullable: true })
  child(@Root() s: Sponsorship, @Ctx() ctx: Context): Promise<Child | null> {
    return ctx.loaders.byId.Child.load(s.childId);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The sponsor, for staff and the sponsor themself; null for partners (no contact details cross).',
  })
  sponsor(@Root() s: Sponsorship, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId.User.load(s.sponsorId);
  }

  @FieldResolver(() => String, { description: "The sponsor's first name, which the child and partner may know." })
  async sponsorFirstName(@Root() s: Sponsorship, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.sponsorFirstNameById.load(s.sponsorId)) ?? '';
  }
}
