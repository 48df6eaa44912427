import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { Project } from '../projects/project.entity';
import { Media } from '../media/media.entity';
import { ProjectUpdate } from './project-update.entity';
import { ProjectUpdateDeleteInput, ProjectUpdatePayload, ProjectUpdatePostInput } from './project-update.inputs';
import * as updates from './project-update.service';

@ObjectType()
export class ProjectUpdateConnection extends Connection(ProjectUpdate) {}

@ArgsType()
class ProjectUpdatesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this project.' })
  projectId?: string | null;
}

@Resolver(() => ProjectUpdate)
export class ProjectUpdateResolver {
  @Query(() => ProjectUpdateConnection, { description: 'Project updates the viewer may read, newest first.' })
  projectUpdates(@Ctx() ctx: Context, @Args() args: ProjectUpdatesArgs): Promise<ConnectionResult<ProjectUpdate>> {
    return updates.listUpdates(ctx, args);
  }

  @Mutation(() => ProjectUpdatePayload, { description: "Posts an update to a project (staff, or the project's partner)." })
  projectUpdatePost(@Ctx() ctx: Context, @Arg('input') input: ProjectUpdatePostInput): Promise<ProjectUpdatePayload> {
    return updates.postUpdate(ctx, input);
  }

  @Mutation(() => ProjectUpdatePayload, { description: "Deletes a project update (staff, or the project's partner)." })
  projectUpdateDelete(@Ctx() ctx: Context, @Arg('input') input: ProjectUpdateDeleteInput): Promise<ProjectUpdatePayload> {
    return updates.deleteUpdate(ctx, input.projectUpdateId);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() u: ProjectUpdate, @Ctx() ctx: Context): Promise<Project | null> {
    return ctx.loaders.byId.Project.load(u.projectId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The author's first name." })
  authorName(@Root() u: ProjectUpdate, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.sponsorFirstNameById.load(u.authorId);
  }

  @FieldResolver(() => Media, { nullable: true, description: 'The approved photo shown with the update (signed, audited URLs).' })
  photo(@Root() u: ProjectUpdate, @Ctx() ctx: Context): Promise<Media | null> | null {
    return u.mediaId ? ctx.loaders.byId.Media.load(u.mediaId) : null;
  }
}
