import type { DataSource } from 'typeorm';
import type { Logger } from '@portal/logger';
import { MailOutbox, MailStatus } from './mail-outbox.entity';

/** Sign-in, invitation and reset links carry a token: the outbox staff can read keeps them out. */
export const withoutPrivateLinks = (text: string): string => text.replace(/https?:\/\/\S*#token=\S*/g, '[private link removed]');

export interface RenderedMail {
  subject: string;
  text: string;
  html?: string;
}

export interface MailDispatcherDeps {
  dataSource: DataSource;
  log: Logger;
  render(template: string, locale: string, params: Record<string, unknown>): RenderedMail;
  send(mail: RenderedMail & { to: string; tag: string }): Promise<unknown>;
  maxAttempts?: number;
  /** First retry delay; doubles with each attempt. */
  retryBaseMs?: number;
}

/**
 * Sends what the outbox holds: due rows are claimed with SKIP LOCKED (several processes can run),
 * rendered, sent, and marked SENT; failures are retried with backoff, then parked as FAILED.
 */
export class MailDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly deps: MailDispatcherDeps) {}

  /** Sends every due message now; resolves with how many were handled. */
  flush(): Promise<number> {
    // One flush at a time per process; a second caller waits for the running one.
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(intervalMs = 5000): void {
    this.timer = setInterval(() => {
      this.flush().catch((err: unknown) => this.deps.log.error({ err }, 'mail dispatch failed'));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await this.claim(20);
      if (batch.length === 0) return handled;
      for (const row of batch) await this.deliver(row);
      handled += batch.length;
    }
  }

  private async claim(limit: number): Promise<MailOutbox[]> {
    // Claiming pushes next_attempt_at ahead, so a crashed sender's rows come back later by themselves.
    const rows: Array<{ id: string }> = await this.deps.dataSource.query(
      `UPDATE mail_outbox SET next_attempt_at = now() + interval '5 minutes', attempts = attempts + 1
       WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [limit],
    ).then((r: unknown) => (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as Array<{ id: string }>);
    if (rows.length === 0) return [];
    // In the order they were written: a resent invitation must arrive after the one it replaces.
    return this.deps.dataSource.getRepository(MailOutbox).find({ where: rows.map((r) => ({ id: r.id })), order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async deliver(row: MailOutbox): Promise<void> {
    const repo = this.deps.dataSource.getRepository(MailOutbox);
    try {
      const rendered = this.deps.render(row.template, row.locale, row.params);
      await repo.update(row.id, { subject: rendered.subject.slice(0, 300), bodyText: withoutPrivateLinks(rendered.text) });
      await this.deps.send({ ...rendered, to: row.toAddress, tag: row.template });
      await repo.update(row.id, { status: MailStatus.SENT, sentAt: new Date(), lastError: null });
    } catch (err) {
      const max = this.deps.maxAttempts ?? 5;
      const message = err instanceof Error ? err.message : String(err);
      const parked = row.attempts >= max;
      const delay = (this.deps.retryBaseMs ?? 30_000) * 2 ** (row.attempts - 1);
      await repo.update(row.id, {
        status: parked ? MailStatus.FAILED : MailStatus.PENDING,
        lastError: message.slice(0, 2000),
        nextAttemptAt: new Date(Date.now() + delay),
      });
      this.deps.log.warn({ err, mailId: row.id, attempts: row.attempts, parked }, 'mail not sent');
    }
  }
}
