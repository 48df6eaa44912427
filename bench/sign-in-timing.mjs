// Benchmark, not a test: do an unknown email and a wrong password answer in similar time?
// Starts the built portal as the README does (embedded defaults, fresh data dir), then sends
// interleaved sign-ins over HTTP — unknown addresses vs. a known sponsor with a wrong password —
// and prints the latency distribution of each and the difference of the medians.
//   pnpm run build && node bench/sign-in-timing.mjs [pairs=150]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'apps/api/dist/main.js');
if (!fs.existsSync(main)) throw new Error('Build first: pnpm run build');
const pairs = Math.max(10, Number(process.argv[2] ?? 150));

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
const port = await freePort();
const env = {
  ...process.env,
  PORT: String(port),
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  // The throttle would otherwise answer early after a few failures and hide the password work.
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '1000000',
  SIGN_IN_MAX_ATTEMPTS_PER_IP: '1000000',
};
delete env.DATABASE_URL;
const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 240) throw new Error('portal did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }

  const signIn = async (email) => {
    const started = process.hrtime.bigint();
    const r = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken userErrors { code } } }',
        variables: { i: { email, password: 'definitely-not-the-password' } },
      }),
    });
    const body = await r.json();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const code = body.data?.signIn?.userErrors?.[0]?.code;
    if (code !== 'INVALID_CREDENTIALS') throw new Error(`unexpected answer for ${email}: ${JSON.stringify(body)}`);
    return ms;
  };

  // Warm-up: JIT, connection pool, the dummy hash.
  for (let i = 0; i < 10; i++) await signIn(i % 2 ? 'anna.miller@demo.portal' : `warm-${i}@example.org`);

  const unknown = [];
  const wrong = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first so drift on the machine hits both alike.
    if (i % 2) {
      unknown.push(await signIn(`nobody-${i}@example.org`));
      wrong.push(await signIn('anna.miller@demo.portal'));
    } else {
      wrong.push(await signIn('anna.miller@demo.portal'));
      unknown.push(await signIn(`nobody-${i}@example.org`));
    }
  }

  const q = (values, p) => {
    const s = [...values].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(p * s.length))];
  };
  const row = (name, v) => `${name.padEnd(16)} median ${q(v, 0.5).toFixed(1).padStart(6)} ms   p10 ${q(v, 0.1).toFixed(1).padStart(6)}   p90 ${q(v, 0.9).toFixed(1).padStart(6)}`;
  console.log(`Sign-in answers over HTTP, ${pairs} of each, interleaved (${os.cpus().length} cores):`);
  console.log(row('unknown email', unknown));
  console.log(row('wrong password', wrong));
  const diff = q(wrong, 0.5) - q(unknown, 0.5);
  console.log(`difference of medians: ${diff.toFixed(1)} ms (${((100 * Math.abs(diff)) / q(wrong, 0.5)).toFixed(1)}% of a wrong-password answer)`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
