// `npm run bench:pages`: the cached public pages against a static file of the same server.
// Starts the production server (scripts/server.ts) on a fresh database with the demo content,
// then drives, with BENCH_CLIENTS (64) clients sending `Accept-Encoding: gzip` as browsers do, for
// BENCH_SECONDS (8) each: the petition page, the home page, and one of the petition page's own
// JavaScript chunks under /_next/static/ (the one nearest the page's size; from the organisers' sign-in
// page when the page loads none). Prints each rate, the
// ratio of each page to the chunk (goal ≥ 0.8) and the load average beside it.
// Midway through the petition page's run a signature is made and confirmed through the real routes
// (the sign API, then the confirmation link): it prints how long until count.json (what the
// page's script reads) shows it (goal ≤ 5 s), and until the page's own HTML does (no script).
// Only 127.0.0.1 is contacted. BENCH_ROUNDS (2) repeats the three phases, as the machine is shared.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { dropDatabase, ensureDatabase, withDatabase } from '@/db/admin';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { signatureToken } from '@/lib/petitions/tokens';
import { ensureProductionBuild, exitCode, runServer } from '@/scripts/production-build';

const PORT = Number(process.env.BENCH_PORT ?? 5050);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PETITION = 'zhanaozen-inquiry';
// A page that keeps the framework's scripts (the public forms post as plain forms now): the dashboard's sign-in.
const PAGES = { petition: `/en/petitions/${PETITION}`, home: '/en', withScripts: '/admin/sign-in' };
const RUN = randomBytes(3).toString('hex');
// The bench computes the confirmation link itself (from the signature's id), so it and the server share the secret.
process.env.APP_SECRET ??= `bench-pages-${randomBytes(24).toString('hex')}`;

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function request(pathname: string, options: { method?: string; body?: string; gzip?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: pathname,
        method: options.method ?? 'GET',
        agent,
        headers: {
          ...(options.gzip === false ? {} : { 'accept-encoding': 'gzip' }),
          ...(options.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

type Result = { rate: number; ok: number; errors: number; gzip: number; cache: Map<string, number>; load: string };

/** CLIENTS clients, each sending its next request when the last one is answered, for SECONDS. */
async function drive(pathname: string, midway?: () => Promise<void>): Promise<Result> {
  let ok = 0;
  let errors = 0;
  let gzip = 0;
  const cache = new Map<string, number>();
  const started = performance.now();
  const until = started + SECONDS * 1000;
  const client = async () => {
    while (performance.now() < until) {
      try {
        const answer = await request(pathname);
        if (answer.status === 200) ok += 1;
        else errors += 1;
        if (answer.headers['content-encoding'] === 'gzip') gzip += 1;
        const hit = String(answer.headers['x-nextjs-cache'] ?? '-');
        cache.set(hit, (cache.get(hit) ?? 0) + 1);
      } catch {
        errors += 1;
      }
    }
  };
  const side = midway ? new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3)).then(midway) : Promise.resolve();
  await Promise.all([...Array.from({ length: CLIENTS }, client), side]);
  const seconds = (performance.now() - started) / 1000;
  return { rate: ok / seconds, ok, errors, gzip, cache, load: load() };
}

type Count = { count: number };

/** Signs through the API and confirms through the link in the mail; returns when the confirmation page has answered. */
async function signAndConfirm(db: postgres.Sql, email: string): Promise<number> {
  const signed = await request(`/api/petitions/${PETITION}/signatures`, {
    method: 'POST',
    body: JSON.stringify({ name: 'Bench Signer', email, country: 'KZ', publicName: true }),
    gzip: false,
  });
  if (signed.status !== 202) throw new Error(`signing answered ${signed.status}: ${signed.body.toString()}`);
  const client = drizzle(db, { schema, casing: 'snake_case' });
  const [row] = await client.select({ id: schema.signatures.id }).from(schema.signatures).where(eq(schema.signatures.email, email));
  const confirmed = await request(`/en/confirm/${signatureToken('confirm', row!.id)}`, { gzip: false });
  if (confirmed.status !== 200) throw new Error(`the confirmation link answered ${confirmed.status}`);
  return performance.now();
}

const liveCount = async () => (JSON.parse((await request(`/api/petitions/${PETITION}/count.json`, { gzip: false })).body.toString()) as Count).count;
const pageCount = async () => {
  const html = (await request(PAGES.petition, { gzip: false })).body.toString();
  const value = /<progress[^>]*value="(\d+)"/.exec(html);
  return value ? Number(value[1]) : NaN;
};

async function timeUntil(check: () => Promise<boolean>, since: number): Promise<number> {
  while (performance.now() - since < 60_000) {
    if (await check()) return (performance.now() - since) / 1000;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

async function waitForServer(child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await request('/api/health', { gzip: false })).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}

/** The `/_next/static/` JavaScript chunks a page loads (not the noModule polyfills: browsers with ES modules never fetch them). */
async function chunksOf(pathname: string): Promise<string[]> {
  const html = (await request(pathname, { gzip: false })).body.toString();
  return [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => src !== undefined);
}

/**
 * The page's JavaScript chunk nearest in size to the page itself, so both send about as many bytes.
 * A page served without the framework's scripts loads none: then a chunk of the same build from a
 * page that still loads them (the organisers' sign-in), nearest in size to the page.
 */
async function chunkLike(pathname: string): Promise<{ src: string; bytes: number; pageBytes: number; from: string }> {
  const pageBytes = (await request(pathname, { gzip: false })).body.length;
  let from = pathname;
  let sources = await chunksOf(pathname);
  if (sources.length === 0) sources = await chunksOf((from = PAGES.withScripts));
  if (sources.length === 0) throw new Error(`no JavaScript chunk under /_next/static/ on ${pathname} or ${PAGES.withScripts}`);
  let best = { src: sources[0]!, bytes: 0, distance: Infinity };
  for (const src of new Set(sources)) {
    const bytes = (await request(src, { gzip: false })).body.length;
    const distance = Math.abs(bytes - pageBytes);
    if (distance < best.distance) best = { src, bytes, distance };
  }
  return { src: best.src, bytes: best.bytes, pageBytes, from };
}

function line(name: string, r: Result, reference?: Result) {
  const cache = [...r.cache].map(([k, n]) => `${k}×${n}`).join(' ');
  const ratio = reference ? `  ratio ${(r.rate / reference.rate).toFixed(2)} (goal ≥ 0.8)` : '';
  console.log(`  ${name.padEnd(22)} ${r.rate.toFixed(0).padStart(6)}/s  ok ${r.ok}  errors ${r.errors}  gzip ${r.gzip}  x-nextjs-cache ${cache}${ratio}  load ${r.load}`);
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(path.join('.data', 'bench-postgres'), 54333);
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `bench_pages_${RUN}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrateDatabase(url);
  const db = postgres(url, { max: 2, onnotice: () => {} });
  await seedDemoContent(drizzle(db, { schema, casing: 'snake_case' }));

  const env = { ...process.env, DATABASE_URL: url, APP_URL: `http://127.0.0.1:${PORT}`, NODE_ENV: 'production' as const };
  let child: ChildProcess | undefined;
  try {
    if ((await ensureProductionBuild(env)) !== 0) throw new Error('the production build failed');
    child = runServer({ ...env, PORT: String(PORT), HOSTNAME: '127.0.0.1' });
    await waitForServer(child);
    const chunk = await chunkLike(PAGES.petition);
    console.log(`\n${CLIENTS} clients, ${SECONDS} s a phase, Accept-Encoding: gzip; the static file: ${chunk.src} (${chunk.bytes} B, a chunk of ${chunk.from}; the petition page ${chunk.pageBytes} B)`);
    console.log(`load average at the start (1, 5, 15 min): ${load()}; ${os.cpus().length} CPUs`);
    // Warm up: JIT, the page cache, the gzip of each page.
    for (const p of [PAGES.petition, PAGES.home, chunk.src]) for (let i = 0; i < 200; i++) await request(p);

    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`\nround ${round}`);
      const email = `bench-${RUN}-${round}@example.org`;
      const before = await liveCount();
      // Both paths polled from the confirmation on, while the clients keep hammering the page.
      let shown: Promise<[number, number]> = Promise.resolve([NaN, NaN]);
      const petition = await drive(PAGES.petition, async () => {
        const confirmedAt = await signAndConfirm(db, email);
        shown = Promise.all([
          timeUntil(async () => (await liveCount()) > before, confirmedAt),
          timeUntil(async () => (await pageCount()) > before, confirmedAt),
        ]);
        await shown;
      });
      const home = await drive(PAGES.home);
      const file = await drive(chunk.src);
      line('petition page', petition, file);
      line('home page', home, file);
      line('JS chunk (static file)', file);
      const [live, html] = await shown;
      console.log(`  the new signature in count.json ${live.toFixed(2)} s after its confirmation (goal ≤ 5 s, measured under the run's load); in the page's HTML ${html.toFixed(2)} s`);
    }
  } finally {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await exitCode(child);
    }
    await db.end();
    await dropDatabase(adminUrl, name).catch(() => {});
    await embedded?.stop();
    agent.destroy();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
