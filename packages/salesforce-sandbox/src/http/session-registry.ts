import { randomBytes } from 'node:crypto';

export interface Session {
  token: string;
  userId: string;
  username: string;
  issuedAt: number;
  lastUsedAt: number;
}

const DEFAULT_TIMEOUT_MS = 2 * 60 * 60 * 1000;

/** Access tokens issued by the sandbox, expiring after an idle timeout like Salesforce sessions. */
export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly orgId: string,
    private readonly clock: () => Date,
    readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {}

  issue(userId: string, username: string): Session {
    // Shaped like a real session id: org id, '!', then an opaque part.
    const token = `${this.orgId.slice(0, 15)}!${randomBytes(48).toString('base64url')}`;
    const now = this.clock().getTime();
    const session = { token, userId, username, issuedAt: now, lastUsedAt: now };
    this.sessions.set(token, session);
    return session;
  }

  /** The live session for a token, refreshing its idle timer; undefined when unknown or expired. */
  use(token: string): Session | undefined {
    const session = this.sessions.get(token);
    const now = this.clock().getTime();
    if (!session) return undefined;
    if (now - session.lastUsedAt > this.timeoutMs) {
      this.sessions.delete(token);
      return undefined;
    }
    session.lastUsedAt = now;
    return session;
  }

  revoke(token: string): boolean {
    return this.sessions.delete(token);
  }

  /** Invalidates every token, as an admin "expire all sessions" would. */
  expireAll(): void {
    this.sessions.clear();
  }
}
