// Benchmark, not a test: the media pipeline and the sponsor feed. Build first (pnpm build), then
//   node bench/media.mjs            (embedded PGlite)   or   DATABASE_URL=postgres://… node bench/media.mjs
// With DATABASE_URL, a scratch database `portal_bench_media` is created next to it and dropped at the end.
// Measures: 12 MP JPEG → display + thumbnail per second on one core; stored-bytes ratio on the fixture photos;
// a light API query's latency idle vs during a 200-photo processing burst; the sponsor feed query (50 items with
// thumbnails, child and project) in requests/s through the portal vs a plain node:http + pg handler running the
// same SQL (and the same URL signing and view audit), both in this run.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireApi = createRequire(path.join(root, 'apps/api/package.json'));
const requireImages = createRequire(path.join(root, 'packages/images/package.json'));
const sharp = requireImages('sharp');
const pg = requireApi('pg');
const { convertPhoto } = requireApi(path.join(root, 'packages/images/dist/index.js'));
const { LocalObjectStorage } = requireApi(path.join(root, 'packages/storage/dist/index.js'));

const BURST = Number(process.env.BENCH_BURST ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECRET = randomBytes(32).toString('base64url');
const PASSWORD = 'portal-demo-2026';
const FIXTURES = fs.existsSync(path.join(root, '../../shared/fixtures/photos')) ? path.join(root, '../../shared/fixtures/photos') : path.join(root, 'packages/images/fixtures');

const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = Math.floor(s.length / 2); return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pctl = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const ms = (ns) => Number(ns) / 1e6;
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const line = (s = '') => process.stdout.write(`${s}\n`);

// 1. Conversion speed: sharp runs one conversion at a time here (concurrency 1), so this is per core.
async function conversionSpeed() {
  const src = fs.readFileSync(path.join(FIXTURES, 'mobile-jolla.jpg'));
  const big = await sharp(src).rotate().resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 90 }).toBuffer();
  await convertPhoto(big); // warm-up
  const n = Number(process.env.BENCH_CONVERSIONS ?? 8);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await convertPhoto(big);
  const seconds = ms(process.hrtime.bigint() - t0) / 1000;
  line(`1. 12 MP JPEG (4000×3000, ${(big.length / 1e6).toFixed(1)} MB) → WebP display + thumbnail: ${(n / seconds).toFixed(2)} photos/s per core (${((seconds / n) * 1000).toFixed(0)} ms each, sharp.concurrency=${sharp.concurrency()}, ${n} runs)`);
}

// 2. Stored bytes (display + thumbnail) over the original, per fixture photo.
async function storageRatio() {
  const ratios = [];
  const phone = [];
  for (const name of fs.readdirSync(FIXTURES).filter((n) => /\.(jpe?g|heic|png|webp|tiff?)$/i.test(n)).sort()) {
    const input = fs.readFileSync(path.join(FIXTURES, name));
    const r = await convertPhoto(input);
    const ratio = (r.display.bytes + r.thumbnail.bytes) / input.length;
    ratios.push(ratio);
    if (r.original.width * r.original.height >= 3_000_000) phone.push(ratio);
  }
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  line(`2. Stored bytes / original over ${ratios.length} fixture photos (${path.relative(root, FIXTURES)}): median ${pct(median(ratios))}; full-size phone photos (≥ 3 MP, ${phone.length}): median ${pct(median(phone))} (target ≤ 10 %)`);
}

const freePort = () => new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

async function scratchDatabase() {
  if (!process.env.DATABASE_URL) {
    const { startEmbeddedPostgres } = requireApi(path.join(root, 'apps/api/dist/db/embedded-postgres.js'));
    const embedded = await startEmbeddedPostgres(null);
    return { url: embedded.url, kind: 'embedded PGlite', drop: () => embedded.stop() };
  }
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS portal_bench_media');
  await admin.query('CREATE DATABASE portal_bench_media');
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = '/portal_bench_media';
  return {
    url: url.toString(),
    kind: 'PostgreSQL',
    drop: async () => { await admin.query('DROP DATABASE IF EXISTS portal_bench_media WITH (FORCE)'); await admin.end(); },
  };
}

async function startPortal(dbUrl) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-media-'));
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: dbUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn', STORAGE_SECRET: SECRET, STAFF_TWO_FACTOR: 'optional', GRAPHQL_BUDGET_PER_MINUTE: '1000000000', SIGN_IN_MAX_ATTEMPTS_PER_IP: '1000' };
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`portal exited:\n${out}`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return { url, dataDir, child, stop: async () => { child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)); fs.rmSync(dataDir, { recursive: true, force: true }); } };
    await sleep(200);
  }
  throw new Error(`portal not ready:\n${out}`);
}

/** `token` is an access token, or a session() that renews one. */
async function gql(url, query, variables = {}, token) {
  const bearer = typeof token === 'function' ? await token() : token;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const signIn = async (url, email) => (await gql(url, 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken } }', { e: email, p: PASSWORD })).signIn.accessToken;
/** A sign-in renewed every 5 minutes: access tokens are short-lived, and a burst on a busy machine outlasts one. */
function session(url, email) {
  let token = null;
  let at = 0;
  return async () => {
    if (!token || Date.now() - at > 5 * 60_000) [token, at] = [await signIn(url, email), Date.now()];
    return token;
  };
}

/** Sequential requests for `seconds` (or until `until()`), returning each latency in ms. */
async function latencies(fn, { seconds, until }) {
  const out = [];
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end && !(until && (await until()))) {
    const t0 = process.hrtime.bigint();
    await fn();
    out.push(ms(process.hrtime.bigint() - t0));
    await sleep(20);
  }
  return out;
}

/** `CONCURRENCY` loops hammering `fn` for LOAD_SECONDS; requests per second. */
async function rps(fn) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up
  let n = 0;
  const end = Date.now() + LOAD_SECONDS * 1000;
  const t0 = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => { while (Date.now() < end) { await fn(); n++; } }));
  return n / ((Date.now() - t0) / 1000);
}

const FEED = `query($first: Int) { sponsorFeed(first: $first) { edges { cursor node { id kind occurredAt
  child { id firstName } project { id name } photo { id width height thumbnailUrl } projectUpdate { id body photo { id thumbnailUrl } } letter { id body } } } pageInfo { hasNextPage endCursor } } }`;

async function main() {
  line(`media benchmark — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);
  await conversionSpeed();
  await storageRatio();

  const db = await scratchDatabase();
  const portal = await startPortal(db.url);
  try {
    const [partner, staff, sponsor] = ['partner.kenya@demo.portal', 'reviewer@demo.portal', 'anna.miller@demo.portal'].map((email) => session(portal.url, email));
    const light = () => gql(portal.url, '{ me { id firstName } }', {}, sponsor);
    for (let i = 0; i < 50; i++) await light(); // warm-up (JIT, pools) so idle is not measured cold
    const idle = await latencies(light, { seconds: 10 });

    // A 2560 px phone photo (what the partner app sends after shrinking), made unique per upload.
    const base = await sharp(fs.readFileSync(path.join(FIXTURES, 'mobile-jolla.jpg'))).rotate().resize(2560, 1920, { fit: 'inside' }).jpeg({ quality: 85 }).toBuffer();
    const uploads = [];
    const tUpload = Date.now();
    for (let i = 0; i < BURST; i++) {
      const bytes = Buffer.concat([base, randomBytes(16)]);
      const code = i % 2 ? 'KE-0001' : 'KE-0002';
      const c = (await gql(portal.url, 'mutation($input: UploadCreateInput!) { uploadCreate(input: $input) { upload { id } url method headers } }', { input: { fileName: `${code}_${i}.jpg`, contentType: 'image/jpeg', byteSize: bytes.length } }, partner)).uploadCreate;
      await fetch(new URL(c.url, portal.url), { method: c.method, headers: c.headers, body: bytes });
      await gql(portal.url, 'mutation($input: UploadFinalizeInput!) { uploadFinalize(input: $input) { userErrors { message } } }', { input: { uploadId: c.upload.id } }, partner);
      uploads.push(c.upload.id);
    }
    const queuedIn = (Date.now() - tUpload) / 1000;
    const pending = async () => (await gql(portal.url, '{ mediaReviewCounts { pendingReview needsAttention } }', {}, staff)).mediaReviewCounts;
    const tBurst = Date.now();
    let done = false;
    const busy = await latencies(light, { seconds: Number(process.env.BENCH_BURST_MAX_SECONDS ?? 1800), until: async () => { const c = await pending(); done = c.pendingReview + c.needsAttention >= BURST; return done; } });
    const burstSeconds = (Date.now() - tBurst) / 1000;
    const f = (v) => `p50 ${median(v).toFixed(1)} ms, p95 ${pctl(v, 95).toFixed(1)} ms (${v.length} requests)`;
    line(`3. Light query ({ me }) latency — idle: ${f(idle)}; during the ${BURST}-photo burst: ${f(busy)}`);
    line(`   burst: ${BURST} uploads announced, PUT and finalized in ${queuedIn.toFixed(1)} s; processed ${done ? 'all' : 'NOT all'} in ${(queuedIn + burstSeconds).toFixed(1)} s from the first upload (${(BURST / (queuedIn + burstSeconds)).toFixed(2)} photos/s, one worker)`);

    // Approve everything so the sponsor's feed has ≥ 50 photos.
    for (;;) {
      const q = (await gql(portal.url, '{ mediaReviewQueue(first: 100) { nodes { id } } }', {}, staff)).mediaReviewQueue.nodes.map((n) => n.id);
      if (!q.length) break;
      await gql(portal.url, 'mutation($ids: [ID!]!) { mediaApprove(input: { mediaIds: $ids }) { userErrors { message } } }', { ids: q }, staff);
    }
    const sample = (await gql(portal.url, FEED, { first: 50 }, sponsor)).sponsorFeed.edges;
    if (sample.length < 50) throw new Error(`feed has only ${sample.length} items`);

    const graphqlRps = await rps(() => gql(portal.url, FEED, { first: 50 }, sponsor));
    const plain = await plainHandler(db.url, path.join(portal.dataDir, 'storage'));
    try {
      const plainRps = await rps(async () => { const r = await fetch(plain.url); if (r.status !== 200) throw new Error(`plain ${r.status}`); await r.json(); });
      line(`4. Sponsor feed, 50 items with thumbnails, child and project, ${CONCURRENCY} concurrent clients for ${LOAD_SECONDS} s each:`);
      line(`   portal (Express + Apollo + shield + scoped TypeORM + DataLoaders): ${graphqlRps.toFixed(0)} req/s`);
      line(`   plain node:http + pg, same SQL, same signing and audit row:        ${plainRps.toFixed(0)} req/s  (portal at ${((graphqlRps / plainRps) * 100).toFixed(0)} %)`);
    } finally {
      await plain.close();
    }
    line(`database: ${db.kind}`);
  } finally {
    await portal.stop();
    await db.drop();
  }
}

/**
 * The baseline: node:http + one pg pool running the SQL the portal runs for this feed page (captured from the
 * portal's own query builders for the same sponsor), signing thumbnails and writing the media.viewed audit row.
 */
async function plainHandler(dbUrl, storageRoot) {
  const { createDataSource } = requireApi(path.join(root, 'apps/api/dist/db/data-source.js'));
  const { feedSources, pageQuery } = requireApi(path.join(root, 'apps/api/dist/modules/media/feed.service.js'));
  const { scopedQuery } = requireApi(path.join(root, 'apps/api/dist/data/scoped-query.js'));
  const ds = createDataSource({ url: dbUrl });
  await ds.initialize();
  const [user] = await ds.query(`SELECT id FROM "user" WHERE email = 'anna.miller@demo.portal'`);
  const viewer = { kind: 'person', userId: user.id, role: 'SPONSOR', partnerOrganizationId: null, accountId: null, isAccountAdmin: false, scopes: [] };
  const sources = feedSources(ds.manager, viewer).map((s) => pageQuery(s, null, 51).getQueryAndParameters());
  const childIds = (await ds.query(`SELECT child_id FROM sponsorship WHERE sponsor_id = $1 AND active`, [user.id])).map((r) => r.child_id);
  const children = scopedQuery(ds.manager, viewer, 'Child').andWhere('child.id IN (:...ids)', { ids: childIds }).getQueryAndParameters();
  const projectIds = (await ds.query(`SELECT DISTINCT project_id FROM child WHERE id = ANY($1)`, [childIds])).map((r) => r.project_id);
  const projects = scopedQuery(ds.manager, viewer, 'Project').andWhere('project.id IN (:...ids)', { ids: projectIds }).getQueryAndParameters();
  await ds.destroy();
  const storage = new LocalObjectStorage({ rootDir: storageRoot, publicBaseUrl: '', secret: SECRET });
  const pool = new pg.Pool({ connectionString: dbUrl, max: 10 });
  const server = http.createServer(async (_req, res) => {
    try {
      const [photos, letters, updates] = await Promise.all(sources.map(([sql, params]) => pool.query(sql, params)));
      const items = [
        ...photos.rows.map((r) => ({ kind: 'PHOTO', at: r.media_approved_at, id: r.media_id, childId: r.media_child_id, row: r })),
        ...letters.rows.map((r) => ({ kind: 'LETTER', at: r.letter_approved_at, id: r.letter_id, childId: r.letter_child_id, row: r })),
        ...updates.rows.map((r) => ({ kind: 'PROJECT_UPDATE', at: r.pupdate_published_at, id: r.pupdate_id, projectId: r.pupdate_project_id, row: r })),
      ].sort((a, b) => b.at - a.at || (b.id < a.id ? -1 : 1)).slice(0, 50);
      const [kids, projs] = await Promise.all([pool.query(children[0], children[1]), pool.query(projects[0], projects[1])]);
      const kidById = new Map(kids.rows.map((k) => [k.child_id, k]));
      const projById = new Map(projs.rows.map((p) => [p.project_id, p]));
      const edges = await Promise.all(items.map(async (it) => {
        const kid = it.childId ? kidById.get(it.childId) : null;
        const proj = projById.get(it.projectId ?? kid?.child_project_id);
        return {
          cursor: Buffer.from(JSON.stringify([it.at.toISOString(), it.id])).toString('base64url'),
          node: {
            id: it.id, kind: it.kind, occurredAt: it.at,
            child: kid ? { id: kid.child_id, firstName: kid.child_first_name } : null,
            project: proj ? { id: proj.project_id, name: proj.project_name } : null,
            photo: it.kind === 'PHOTO' ? { id: it.id, width: it.row.media_width, height: it.row.media_height, thumbnailUrl: await storage.presignGet(it.row.media_thumbnail_key, { expiresSeconds: 300 }) } : null,
          },
        };
      }));
      const mediaIds = items.filter((i) => i.kind === 'PHOTO').map((i) => i.id);
      await pool.query(`INSERT INTO audit_event (id, action, actor_id, target_type, target_id, ip, user_agent, details) VALUES ($1, 'media.viewed', $2, 'Media', NULL, $3, NULL, $4)`,
        [randomUUID(), user.id, '127.0.0.1', JSON.stringify({ mediaIds, childIds: [...new Set(items.map((i) => i.childId).filter(Boolean))] })]);
      const body = JSON.stringify({ data: { sponsorFeed: { edges, pageInfo: { hasNextPage: true, endCursor: edges.at(-1)?.cursor } } } });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: async () => { await new Promise((r) => server.close(r)); await pool.end(); } };
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
