import type { Context } from '../../graphql/context';

/**
 * Counts of requests for the dashboards. The requests module is built separately: until it is
 * merged these are zero.
 * TODO(requests): count requests whose "who must act" is the viewer (sponsor/partner), the open
 * ones of the partner's projects, and the overdue ones (due date passed, not resolved) for staff.
 */
export const requestCounts = {
  async waitingForViewer(_ctx: Context): Promise<{ count: number; oldestAt: Date | null }> {
    return { count: 0, oldestAt: null };
  },
  async openForPartner(_ctx: Context): Promise<{ count: number; oldestAt: Date | null }> {
    return { count: 0, oldestAt: null };
  },
  async overdue(_ctx: Context): Promise<{ count: number; oldestAt: Date | null }> {
    return { count: 0, oldestAt: null };
  },
};
