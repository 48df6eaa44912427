import { Connection } from 'jsforce';
import { startSalesforceSandbox, type SalesforceSandbox, type SandboxOptions } from '../sandbox';

/** A clock tests move by hand, starting at a fixed instant. */
export function manualClock(start = Date.UTC(2024, 5, 1, 9, 0, 0)) {
  let now = start;
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Starts a sandbox and a jsforce connection that skips login (instanceUrl + accessToken). */
export async function sandboxWithConnection(options: SandboxOptions = {}): Promise<{ sandbox: SalesforceSandbox; conn: Connection }> {
  const sandbox = await startSalesforceSandbox(options);
  const conn = new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.issueToken(), version: sandbox.version });
  return { sandbox, conn };
}
