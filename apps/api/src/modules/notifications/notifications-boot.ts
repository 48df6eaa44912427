import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Config } from '@portal/config';
import type { Logger } from '@portal/logger';
import { portalBaseUrl, sendDailyDigests } from './notifications.service';

export const DAILY_DIGEST = 'notifications-daily-digest';
/** Every day at 07:00 UTC: the digest lists what arrived since the last one and is still unread. */
export const DAILY_DIGEST_CRON = '0 7 * * *';

export interface RunningNotifications {
  stop(): Promise<void>;
}

/** Schedules the daily digest on pg-boss (its cron runs once across all processes). */
export async function startNotifications(config: Config, log: Logger, dataSource: DataSource): Promise<RunningNotifications> {
  const options = dataSource.options as { url?: string };
  const boss = new PgBoss({ connectionString: options.url ?? config.databaseUrl ?? undefined, max: 2, retryLimit: 3, retryBackoff: true });
  const logger = log.child({ module: 'notifications' });
  boss.on('error', (err) => logger.error({ err }, 'notification queue error'));
  await boss.start();
  await boss.createQueue(DAILY_DIGEST);
  await boss.work(DAILY_DIGEST, async () => {
    const sent = await sendDailyDigests(dataSource, portalBaseUrl(config));
    logger.info({ sent }, 'daily digests queued');
  });
  await boss.schedule(DAILY_DIGEST, DAILY_DIGEST_CRON);
  return {
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
