import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { Project } from '../projects/project.entity';
import { Sponsorship } from '../sponsorships/sponsorship.entity';
import { SponsorshipConnection } from '../sponsorships/sponsorship.resolver';
import { Child } from './child.entity';
import * as children from './child.service';
import { childPhotoUrl } from '../media/feed.service';

@ObjectType()
export class ChildConnection extends Connection(Child) {}

@ArgsType()
export class ChildrenArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Matches the child code or name (case-insensitive).' })
  search?: string | null;
}

@Resolver(() => Child)
export class ChildResolver {
  @Query(() => ChildConnection, { description: 'Children the viewer may see, ordered by child code.' })
  children(@Ctx() ctx: Context, @Args() args: ChildrenArgs): Promise<ConnectionResult<Child>> {
    return children.listChildren(ctx, args);
  }

  @Query(() => Child, { nullable: true, description: 'One child by global ID; NOT_FOUND when out of reach.' })
  child(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Child> {
    return children.getChild(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Last name: for partners and staff only.' })
  lastName(@Root() child: Child, @Ctx() ctx: Context): string | null {
    return children.canSeeLastName(ctx) ? child.lastName : null;
  }

  @FieldResolver(() => Int, { description: 'Age in whole years today.' })
  age(@Root() child: Child): number {
    return children.ageOn(child.birthDate, new Date());
  }

  @FieldResolver(() => String, { nullable: true, description: "Thumbnail URL of the child's newest released photo (signed, short-lived, audited); null shows a placeholder." })
  photoUrl(@Root() child: Child, @Ctx() ctx: Context): Promise<string | null> {
    return childPhotoUrl(ctx, child.id);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() child: Child, @Ctx() ctx: Context): Promise<Project | null> {
    return ctx.loaders.byId.Project.load(child.projectId);
  }

  @FieldResolver(() => SponsorshipConnection, { description: 'Sponsorships of this child that the viewer may see.' })
  sponsorships(
    @Root() child: Child,
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<Sponsorship>> {
    return children.childSponsorships(ctx, child, args);
  }
}
