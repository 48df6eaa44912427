import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from '@portal/config';
import { createLogger } from '@portal/logger';
import { AccessTokens } from './auth/access-token';
import { loadOrCreateSigningKey, verifyKeysFromPems } from './auth/keys';
import { openDatabase } from './db/open-database';
import { createApp } from './http/app';
import { seedDemoData } from './modules/seed/demo-seed';
import { DEMO_USERS } from './modules/seed/demo-data';
import { startSync } from './modules/sync/sync-boot';
import { startMail } from './modules/mail/mail-boot';
import { startNotifications } from './modules/notifications/notifications-boot';

/** Boots the portal: database (embedded unless DATABASE_URL), migrations, demo seed, HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const db = await openDatabase(config, log);
  const { dataSource } = db;
  const seeded = config.seedDemoData ? await seedDemoData(dataSource, config.demoPassword) : false;

  const accessTokens = new AccessTokens(
    loadOrCreateSigningKey(config.jwt.privateKeyPem, config.jwt.keyId, config.dataDir),
    { issuer: config.jwt.issuer, audience: config.jwt.audience, ttlSeconds: config.jwt.accessTokenTtlSeconds },
    verifyKeysFromPems(config.jwt.previousPublicKeys),
  );
  const sync = await startSync(config, log, dataSource);
  const mail = await startMail(config, log, dataSource);
  const app = await createApp({ config, log, dataSource, accessTokens, mailCapture: mail.capture, sync: sync.runner });
  await app.media.startWorker();
  await app.documents.startWorker();
  const notifications = await startNotifications(config, log, dataSource);
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(config.port, config.host, () => resolve(s));
  });
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  log.info({ url: `${base}/graphql` }, 'portal listening');
  if (config.seedDemoData) {
    const lines = [
      '',
      `  CRM portal is running${seeded ? ' (demo data seeded)' : ''}`,
      `  GraphQL API   ${base}/graphql`,
      `  Sponsor app   ${base}/sponsor/`,
      `  Partner app   ${base}/partner/`,
      `  Admin app     ${base}/admin/`,
      '',
      `  Demo sign-in (password for all: ${config.demoPassword})`,
      ...DEMO_USERS.map((u) => `    ${u.role.padEnd(12)} ${u.email}`),
      ...(config.staffTwoFactorRequired ? ['', '  Staff set up an authenticator app at their first sign-in (STAFF_TWO_FACTOR=optional skips it).'] : []),
      ...(config.smtp ? [] : ['  Mail is captured locally: read it in the admin app under Mail.']),
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    server.close();
    await sync.stop();
    await mail.stop();
    await notifications.stop();
    await app.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
