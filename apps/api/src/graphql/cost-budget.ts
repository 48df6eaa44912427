import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface CostBudgetOptions {
  /** Most a single operation may cost. */
  maxOperationCost: number;
  /** Cost points each principal may spend per window. */
  pointsPerWindow: number;
  windowSeconds: number;
}

export interface BudgetReport {
  requested: number;
  maxOperationCost: number;
  budget: { limit: number; remaining: number; resetInSeconds: number };
}

export const throttled = (retryAfterSeconds: number, message: string) =>
  new GraphQLError(message, { extensions: { code: 'THROTTLED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } } });

/**
 * A per-principal budget of query cost (a user, or an IP when signed out). Spending is independent
 * per principal, so one client that exhausts its budget slows nobody else down.
 */
export class CostBudget {
  private readonly limiter: RateLimiterMemory;

  constructor(readonly opts: CostBudgetOptions) {
    this.limiter = new RateLimiterMemory({ points: opts.pointsPerWindow, duration: opts.windowSeconds });
  }

  /** Charges `cost` to the principal; throws BAD_USER_INPUT when too big, THROTTLED when the budget is spent. */
  async charge(principal: string, cost: number): Promise<BudgetReport> {
    if (cost > this.opts.maxOperationCost) {
      throw new GraphQLError(
        `This operation is too expensive (cost ${cost}, limit ${this.opts.maxOperationCost}). Ask for fewer items with "first" or fewer nested lists.`,
        { extensions: { code: 'BAD_USER_INPUT', cost, maxOperationCost: this.opts.maxOperationCost } },
      );
    }
    try {
      const res = await this.limiter.consume(principal, Math.max(cost, 1));
      return this.report(cost, res);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retry = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw throttled(retry, `Query budget spent for now. Retry in ${retry} seconds.`);
    }
  }

  private report(cost: number, res: RateLimiterRes): BudgetReport {
    return {
      requested: cost,
      maxOperationCost: this.opts.maxOperationCost,
      budget: { limit: this.opts.pointsPerWindow, remaining: res.remainingPoints, resetInSeconds: Math.ceil(res.msBeforeNext / 1000) },
    };
  }
}
