import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface SignInThrottleOptions {
  /** Failed attempts allowed per email address per window (whether or not the address exists). */
  perAccount: number;
  /** Attempts allowed per IP address per window. */
  perIp: number;
  windowSeconds: number;
}

/**
 * Counts sign-in attempts per account and per IP. Every call counts, so several aliases of
 * `signIn` in one operation are several attempts.
 */
export class SignInThrottle {
  private readonly account: RateLimiterMemory;
  private readonly ip: RateLimiterMemory;

  constructor(opts: SignInThrottleOptions) {
    this.account = new RateLimiterMemory({ points: opts.perAccount, duration: opts.windowSeconds });
    this.ip = new RateLimiterMemory({ points: opts.perIp, duration: opts.windowSeconds });
  }

  /**
   * Counts an attempt from this IP and answers how many seconds to wait before it may go ahead
   * (0: go ahead). Attempts refused here count too, so hammering keeps the IP blocked.
   */
  async attempt(email: string, ip: string): Promise<number> {
    try {
      await this.ip.consume(ip);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    }
    const account = await this.account.get(email);
    return account && account.remainingPoints <= 0 ? Math.max(1, Math.ceil(account.msBeforeNext / 1000)) : 0;
  }

  /** Records a failed password for the account (whether or not it exists). */
  async recordFailure(email: string): Promise<void> {
    await this.account.consume(email).catch((e: unknown) => {
      if (!(e instanceof RateLimiterRes)) throw e;
    });
  }

  /** A successful sign-in clears the account's failures. */
  async reset(email: string): Promise<void> {
    await this.account.delete(email);
  }
}
