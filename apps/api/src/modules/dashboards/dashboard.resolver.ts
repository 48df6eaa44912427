import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Dashboard } from './dashboard.types';
import { myDashboard } from './dashboard.service';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => Dashboard, { description: "The viewer's home by role (sponsor, partner, staff): what waits for action first, with counts and the oldest item's age." })
  myDashboard(@Ctx() ctx: Context): Promise<Dashboard> {
    return myDashboard(ctx);
  }
}
