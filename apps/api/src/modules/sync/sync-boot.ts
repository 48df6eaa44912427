import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '@portal/config';
import type { Logger } from '@portal/logger';
import { startSalesforceSandbox } from '@portal/salesforce-sandbox';
import { connectSalesforce, type SalesforceConnectionOptions } from './jsforce-client';
import { SyncRunner } from './sync-runner';

export interface RunningSync {
  runner: SyncRunner;
  stop(): Promise<void>;
}

/**
 * Starts the sync against the configured org, or against the bundled sandbox (state kept in
 * DATA_DIR) when no Salesforce credentials are set; runs it on an interval unless disabled.
 */
export async function startSync(config: Config, log: Logger, dataSource: DataSource): Promise<RunningSync> {
  let sandbox: Awaited<ReturnType<typeof startSalesforceSandbox>> | null = null;
  let connection: SalesforceConnectionOptions;
  if (config.salesforce) {
    connection = config.salesforce;
  } else {
    sandbox = await startSalesforceSandbox({ host: '127.0.0.1', port: 0, stateFile: path.join(config.dataDir, 'salesforce-sandbox.json'), seed: true });
    log.info({ url: sandbox.url }, 'Salesforce sandbox started (no Salesforce credentials configured)');
    connection = { kind: 'password', loginUrl: sandbox.loginUrl, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, username: sandbox.username, password: sandbox.password };
  }
  const runner = new SyncRunner({
    dataSource,
    log: log.child({ module: 'sync' }),
    salesforce: () => connectSalesforce(connection),
    options: {
      overlapMs: config.sync.overlapSeconds * 1000,
      maxAttempts: config.sync.maxAttempts,
      retryBaseMs: config.sync.retryBaseSeconds * 1000,
      budget: { share: config.sync.apiBudgetShare, throttleMs: config.sync.apiThrottleMs, skipCycles: config.sync.apiSkipCycles },
    },
  });
  if (config.sync.enabled) {
    runner.start(config.sync.intervalSeconds * 1000);
    // A first run now, in the background: the server does not wait for Salesforce.
    runner.runOnce().catch((err: unknown) => log.error({ err }, 'first sync run failed'));
  }
  return {
    runner,
    async stop() {
      await runner.stop();
      await sandbox?.stop();
    },
  };
}
