import type { Context } from '../../graphql/context';
import { scopedQuery } from '../../data/scoped-query';
import { OPEN_STATUSES, RequestActor } from '../requests/request-state';

type Counted = { count: number; oldestAt: Date | null };

/** COUNT and the oldest value of `column` among the viewer's open requests matching `where`. */
async function openRequests(ctx: Context, where: string, params: Record<string, unknown>, column: string): Promise<Counted> {
  const row = await scopedQuery(ctx.db, ctx.viewer, 'Request')
    .andWhere('request.status IN (:...openStatuses)', { openStatuses: [...OPEN_STATUSES] })
    .andWhere(where, params)
    .select('COUNT(*)', 'count')
    .addSelect(`MIN(request.${column})`, 'oldest')
    .getRawOne<{ count: string; oldest: Date | string | null }>();
  return { count: Number(row?.count ?? 0), oldestAt: row?.oldest ? new Date(row.oldest) : null };
}

/** Counts of requests for the dashboards; the row scope decides whose requests each viewer counts. */
export const requestCounts = {
  /** A sponsor's or partner's own requests where they must act next, oldest by last activity. */
  waitingForViewer(ctx: Context): Promise<Counted> {
    return openRequests(ctx, 'request.next_actor = :actor', { actor: RequestActor.REQUESTER }, 'last_activity_at');
  },
  /** Open requests of the partner's organization, oldest by last activity. */
  openForPartner(ctx: Context): Promise<Counted> {
    return openRequests(ctx, '1 = 1', {}, 'last_activity_at');
  },
  /** Open requests past their due date (staff), oldest by due date. */
  overdue(ctx: Context): Promise<Counted> {
    return openRequests(ctx, 'request.due_at < now()', {}, 'due_at');
  },
};
