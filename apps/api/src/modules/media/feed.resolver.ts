import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Child } from '../children/child.entity';
import { Letter } from '../letters/letter.entity';
import { Project } from '../projects/project.entity';
import { ProjectUpdate } from '../project-updates/project-update.entity';
import { Media } from './media.entity';
import { FeedItemKind, sponsorFeed, sponsorFeedNewSince, type FeedEntry } from './feed.service';

registerEnumType(FeedItemKind, {
  name: 'FeedItemKind',
  valuesConfig: {
    PHOTO: { description: 'A released photo of a sponsored child (`photo`).' },
    LETTER: { description: 'A letter from a sponsored child, released to the sponsor (`letter`).' },
    PROJECT_UPDATE: { description: "News from a sponsored child's project (`projectUpdate`)." },
  },
});

/** One item of the sponsor feed; exactly one of `photo`, `letter`, `projectUpdate` is set, as `kind` says. */
@ObjectType({ description: 'One item of the sponsor feed.' })
export class FeedItem {
  @Field(() => FeedItemKind)
  kind: FeedItemKind;

  @Field({ description: 'When it was released or posted; the feed is ordered by it, newest first.' })
  occurredAt: Date;
}

@ObjectType()
export class FeedItemConnection extends Connection(FeedItem) {}

@Resolver(() => FeedItem)
export class FeedResolver {
  @Query(() => FeedItemConnection, { description: "The sponsor's timeline: released photos and letters of their children and their projects' updates, newest first." })
  sponsorFeed(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<FeedEntry>> {
    return sponsorFeed(ctx, args);
  }

  @Query(() => Int, { description: 'How many feed items are newer than `cursor` (pass the first item’s cursor), to announce new items.' })
  sponsorFeedNewSince(@Ctx() ctx: Context, @Arg('cursor') cursor: string): Promise<number> {
    return sponsorFeedNewSince(ctx, cursor);
  }

  @FieldResolver(() => ID, { description: 'The global ID of the photo, letter or update.' })
  id(@Root() e: FeedEntry): string {
    return toGlobalId(e.kind === FeedItemKind.PHOTO ? 'Media' : e.kind === FeedItemKind.LETTER ? 'Letter' : 'ProjectUpdate', e.id);
  }

  @FieldResolver(() => Date)
  occurredAt(@Root() e: FeedEntry): Date {
    return e.at;
  }

  @FieldResolver(() => Child, { nullable: true, description: 'The child the photo or letter is about.' })
  child(@Root() e: FeedEntry, @Ctx() ctx: Context): Promise<Child | null> | null {
    return e.childId ? ctx.loaders.byId.Child.load(e.childId) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project (of the child, or of the update)." })
  async project(@Root() e: FeedEntry, @Ctx() ctx: Context): Promise<Project | null> {
    const projectId = e.projectId ?? (e.childId ? (await ctx.loaders.byId.Child.load(e.childId))?.projectId : null);
    return projectId ? ctx.loaders.byId.Project.load(projectId) : null;
  }

  @FieldResolver(() => Media, { nullable: true })
  photo(@Root() e: FeedEntry): Media | null {
    return e.media;
  }

  @FieldResolver(() => Letter, { nullable: true })
  letter(@Root() e: FeedEntry): Letter | null {
    return e.letter;
  }

  @FieldResolver(() => ProjectUpdate, { nullable: true })
  projectUpdate(@Root() e: FeedEntry): ProjectUpdate | null {
    return e.update;
  }
}
