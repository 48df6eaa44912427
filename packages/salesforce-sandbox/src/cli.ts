#!/usr/bin/env node
import { startSalesforceSandbox } from './sandbox';

// The CLI is the one place that reads the environment and writes to stdout.
async function main(): Promise<void> {
  const port = Number(process.env.SF_SANDBOX_PORT ?? 8089);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SF_SANDBOX_PORT must be a port number, got ${process.env.SF_SANDBOX_PORT}`);
  const sandbox = await startSalesforceSandbox({
    port,
    host: process.env.SF_SANDBOX_HOST ?? '127.0.0.1',
    stateFile: process.env.SF_SANDBOX_STATE_FILE || undefined,
    seed: process.env.SF_SANDBOX_SEED !== 'false',
  });
  process.stdout.write(
    `${JSON.stringify({
      msg: 'salesforce sandbox listening',
      url: sandbox.url,
      username: sandbox.username,
      password: sandbox.password,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      version: sandbox.version,
    })}\n`,
  );
  const shutdown = () => void sandbox.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
