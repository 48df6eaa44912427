import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ACTIVE_WINDOW_DAYS, MAX_MONTHS } from './kpi-math';
import { kpis } from './kpi.service';
import { Kpis } from './kpi.types';

@Resolver(() => Kpis)
export class KpiResolver {
  @Query(() => Kpis, {
    description: `Staff only. Key figures per calendar month (UTC): active users by role (active = signed in or renewed a session within the last ${ACTIVE_WINDOW_DAYS} days), letters and the median time to delivery, photos matched automatically, requests and the median time to resolution.`,
  })
  kpis(
    @Ctx() ctx: Context,
    @Arg('months', () => Int, { defaultValue: 12, description: `How many calendar months, 1 to ${MAX_MONTHS}.` }) months: number,
    @Arg('endingAt', () => Date, { nullable: true, description: 'A moment in the last month of the period; also where the active-user window ends. Default: now.' }) endingAt?: Date | null,
  ): Promise<Kpis> {
    return kpis(ctx, months, endingAt);
  }
}
