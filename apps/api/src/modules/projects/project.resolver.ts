import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, paginate, type ConnectionResult } from '../../graphql/connection';
import { scopedQuery } from '../../data/scoped-query';
import { PartnerOrganization } from '../partners/partner-organization.entity';
import { Project } from './project.entity';

@ObjectType()
export class ProjectConnection extends Connection(Project) {}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects the viewer may see, by name.' })
  projects(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<Project>> {
    return paginate(scopedQuery(ctx.db, ctx.viewer, 'Project'), args, 'name', (p) => p.name);
  }

  @FieldResolver(() => PartnerOrganization, { nullable: true })
  partnerOrganization(@Root() p: Project, @Ctx() ctx: Context): Promise<PartnerOrganization | null> {
    return ctx.loaders.byId.PartnerOrganization.load(p.partnerOrganizationId);
  }
}
