import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Pool } from 'pg';

// PGlite loads its WebAssembly with import(), which jest's sandbox lacks: run the built server
// (as `pnpm start` does) in a child process and talk to it over the socket like the API does.
const built = path.resolve(__dirname, '../../dist/db/embedded-postgres.js');

describe('embedded PostgreSQL over the socket', () => {
  let child: ChildProcess;
  let pool: Pool;
  beforeAll(async () => {
    child = spawn(process.execPath, ['-e', `require(${JSON.stringify(built)}).startEmbeddedPostgres(null).then((p) => console.log(p.url))`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => resolve(d.toString().trim()));
      child.once('exit', (code) => reject(new Error(`embedded server exited (${code}); is apps/api built?`)));
    });
    pool = new Pool({ connectionString: url, max: 12 });
  });
  afterAll(async () => {
    await pool?.end();
    child?.kill();
  });

  it('keeps parameterized queries from many connections apart', async () => {
    // Different parameter counts per statement: interleaved Parse/Bind messages would fail to bind.
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => {
        const n = (i % 5) + 1;
        const params = Array.from({ length: n }, (_, k) => i * 10 + k);
        const sql = `SELECT ${params.map((_, k) => `$${k + 1}::int`).join(' + ')} AS sum`;
        return pool.query(sql, params).then((r) => [Number(r.rows[0].sum), params.reduce((a, b) => a + b, 0)]);
      }),
    );
    for (const [got, want] of results) expect(got).toBe(want);
  });

  it('keeps serving after a failed statement, and keeps transactions isolated', async () => {
    await expect(pool.query('SELECT $1::int', ['not a number'])).rejects.toThrow(/invalid input syntax/);
    await pool.query('CREATE TABLE IF NOT EXISTS t (v int)');
    const tx = await pool.connect();
    await tx.query('BEGIN');
    await tx.query('INSERT INTO t VALUES ($1)', [1]);
    const outside = pool.query('SELECT count(*)::int AS n FROM t');
    await tx.query('ROLLBACK');
    tx.release();
    expect((await outside).rows[0].n).toBe(0);
    expect((await pool.query('SELECT $1::int + $2::int AS s', [2, 3])).rows[0].s).toBe(5);
  });
});
