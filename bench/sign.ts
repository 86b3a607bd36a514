// `npm run bench:sign`: drives the real HTTP sign endpoint (POST /api/petitions/:slug/signatures)
// of a production build against PostgreSQL with 64, 256 and 1,024 concurrent clients, each
// signature with its own email address. For every level it also measures, in the same run and
// server, an empty route handler (GET /api/health: the framework's floor) and prints the ratio.
// Then it checks in the database that every accepted submission is stored exactly once, and times
// the petition page against a page that reads no database (/en/about).
//
// Traffic goes only to 127.0.0.1, and every phase is bounded in time and in requests. Uses
// DATABASE_URL's server when set, otherwise an embedded PostgreSQL under .data/bench-postgres; in a
// database of its own either way, dropped afterwards. The mail worker is not started: a signature's
// confirmation mail is queued in the outbox inside the sign transaction (that cost is measured);
// delivering it is the worker's job and happens elsewhere.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { dropDatabase, ensureDatabase, withDatabase } from '@/db/admin';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { ensureProductionBuild, exitCode, runServer } from '@/scripts/production-build';

const PORT = Number(process.env.BENCH_PORT ?? 3130);
const BASE = `http://127.0.0.1:${PORT}`;
const LEVELS = (process.env.BENCH_LEVELS ?? '64,256,1024').split(',').map(Number);
/** How long each measured phase runs, and the most requests it may send. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 40_000);
const PETITION = 'zhanaozen-inquiry';
const RUN = randomBytes(3).toString('hex');

type Phase = {
  requests: number;
  ok: number;
  errors: number;
  statuses: Map<number | string, number>;
  seconds: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per request of the server and of its database sessions, where /proc tells. */
  cpu: { server: number; database: number } | null;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** CPU seconds (user + system) a local process has used so far, from /proc; null where there is none. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name in parentheses: field 3 (state) first, then utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/**
 * The CPU time the web server and its database sessions use, which a busy shared machine does not
 * inflate the way it stretches wall-clock rates: per request, it compares runs made at different times.
 */
type CpuMeter = { read(): Promise<{ server: number; database: number } | null> };

function cpuMeter(serverPid: number, monitor: postgres.Sql, database: string): CpuMeter {
  return {
    async read() {
      const server = cpuSeconds(serverPid);
      if (server === null) return null;
      const backends = await monitor<{ pid: number }[]>`
        select pid from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`;
      let db = 0;
      for (const { pid } of backends) db += cpuSeconds(pid) ?? 0; // a remote server: 0
      return { server, database: db };
    },
  };
}

/**
 * `clients` loops, each sending one request after another until the time or the request budget
 * is spent. `request(n)` makes the n-th request and says whether it counts as a success.
 */
async function drive(clients: number, request: (n: number) => Promise<number>, okStatus: (s: number) => boolean): Promise<Phase> {
  const cpuBefore = await meter?.read();
  const latencies = new Float64Array(MAX_REQUESTS);
  const statuses = new Map<number | string, number>();
  let next = 0;
  let done = 0;
  let ok = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline && next < MAX_REQUESTS) {
        const n = next++;
        const t0 = performance.now();
        let status: number | string;
        try {
          status = await request(n);
        } catch (e) {
          status = (e as { cause?: { code?: string } }).cause?.code ?? 'network';
        }
        latencies[done++] = performance.now() - t0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (typeof status === 'number' && okStatus(status)) ok += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await meter?.read();
  const cpu =
    cpuBefore && cpuAfter && done > 0
      ? { server: ((cpuAfter.server - cpuBefore.server) * 1000) / done, database: ((cpuAfter.database - cpuBefore.database) * 1000) / done }
      : null;
  const sorted = latencies.slice(0, done).sort();
  return { requests: done, ok, errors: done - ok, statuses, seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), cpu };
}

const accepted: string[] = [];
let level = 0;
let meter: CpuMeter | undefined;

function emailFor(n: number): string {
  return `bench-${RUN}-${level}-${n}@example${n % 50}.org`;
}

async function sign(n: number): Promise<number> {
  const email = emailFor(n);
  const response = await fetch(`${BASE}/api/petitions/${PETITION}/signatures`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // A spike comes from many addresses; each client of the benchmark stands for one.
      'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    },
    body: JSON.stringify({ name: 'Bench Signer', email, country: ['KZ', 'DE', 'GB', 'FR', 'RU'][n % 5], locale: 'en', publicName: n % 2 === 0 }),
  });
  await response.arrayBuffer();
  if (response.status === 202) accepted.push(email);
  return response.status;
}

async function get(pathname: string): Promise<number> {
  const response = await fetch(`${BASE}${pathname}`);
  await response.arrayBuffer();
  return response.status;
}

const rate = (p: Phase) => p.ok / p.seconds;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const statusList = (p: Phase) => [...p.statuses].map(([s, n]) => `${s}×${n}`).join(' ');

async function waitForServer(child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(path.join('.data', 'bench-postgres'), 54332);
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `bench_sign_${RUN}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrateDatabase(url);
  const seedClient = postgres(url, { max: 1, onnotice: () => {} });
  await seedDemoContent(drizzle(seedClient, { schema, casing: 'snake_case' }));
  await seedClient.end();

  const env = { ...process.env, DATABASE_URL: url, APP_URL: BASE, NODE_ENV: 'production' as const };
  let child: ChildProcess | undefined;
  let monitor: postgres.Sql | undefined;
  try {
    if ((await ensureProductionBuild(env)) !== 0) throw new Error('the production build failed');
    const profile = process.env.BENCH_CPU_PROF;
    // The production server of `npm start`; with BENCH_CPU_PROF, a V8 CPU profile of it is written
    // to that folder when it stops (open it in Chrome's DevTools).
    child = runServer({ ...env, PORT: String(PORT), HOSTNAME: '127.0.0.1' }, profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : []);
    await waitForServer(child);

    // Warm up both handlers (JIT, connection pool, the petition cache) before measuring.
    level = -1;
    await drive(32, sign, (s) => s === 202);
    await drive(32, () => get('/api/health'), (s) => s === 200);
    monitor = postgres(url, { max: 1, onnotice: () => {} });
    meter = cpuMeter(child.pid!, monitor, name);

    console.log(`\nbench/sign — ${SECONDS} s per phase, at most ${MAX_REQUESTS.toLocaleString('en')} requests each\n`);
    console.log('clients   sign/s   p50        p99        errors   floor/s   floor p99   ratio');
    const results: { clients: number; sign: Phase; floor: Phase }[] = [];
    for (const clients of LEVELS) {
      level = clients;
      const signPhase = await drive(clients, sign, (s) => s === 202);
      const floor = await drive(clients, () => get('/api/health'), (s) => s === 200);
      results.push({ clients, sign: signPhase, floor });
      console.log(
        `${String(clients).padStart(7)}   ${rate(signPhase).toFixed(0).padStart(6)}   ${ms(signPhase.p50).padEnd(9)}  ${ms(signPhase.p99).padEnd(9)}  ${String(signPhase.errors).padStart(6)}   ${rate(floor).toFixed(0).padStart(7)}   ${ms(floor.p99).padEnd(9)}   ${(rate(signPhase) / rate(floor)).toFixed(2)}`,
      );
      if (signPhase.errors > 0) console.log(`          sign statuses: ${statusList(signPhase)}`);
    }
    if (results.every((r) => r.sign.cpu && r.floor.cpu)) {
      // What each request costs the machine, whatever else runs on it: compare runs by these.
      console.log('\nCPU per request (ms): web server + its database sessions');
      console.log('clients   sign          floor         cost ratio (floor/sign)');
      for (const { clients, sign: a, floor: b } of results) {
        const total = (p: Phase) => p.cpu!.server + p.cpu!.database;
        const cell = (p: Phase) => `${p.cpu!.server.toFixed(2)} + ${p.cpu!.database.toFixed(2)}`.padEnd(14);
        console.log(`${String(clients).padStart(7)}   ${cell(a)}${cell(b)}${(total(b) / total(a)).toFixed(2)}`);
      }
    }

    // Every accepted submission is stored exactly once.
    const check = postgres(url, { max: 1, onnotice: () => {} });
    const rows = await check<{ email: string }[]>`select email from signatures where email like ${`bench-${RUN}-%`}`;
    await check.end();
    const stored = new Map<string, number>();
    for (const r of rows) stored.set(r.email, (stored.get(r.email) ?? 0) + 1);
    const missing = accepted.filter((e) => !stored.has(e)).length;
    const twice = [...stored.values()].filter((n) => n > 1).length;
    const unaccepted = rows.length - new Set(accepted).size - missing;
    console.log(`\naccepted ${accepted.length.toLocaleString('en')}, stored ${rows.length.toLocaleString('en')}: ${missing} missing, ${twice} stored twice, ${Math.max(0, unaccepted)} stored without a 202`);

    // The petition page against a page of the same server that reads no database.
    const pageClients = 64;
    await drive(16, () => get(`/en/petitions/${PETITION}`), (s) => s === 200);
    const petitionPage = await drive(pageClients, () => get(`/en/petitions/${PETITION}`), (s) => s === 200);
    const staticPage = await drive(pageClients, () => get('/en/about'), (s) => s === 200);
    console.log(`\npages with ${pageClients} clients`);
    console.log(`  /en/petitions/${PETITION}   ${rate(petitionPage).toFixed(0)}/s  p50 ${ms(petitionPage.p50)}  p99 ${ms(petitionPage.p99)}  errors ${petitionPage.errors}`);
    console.log(`  /en/about (no database)            ${rate(staticPage).toFixed(0)}/s  p50 ${ms(staticPage.p50)}  p99 ${ms(staticPage.p99)}  errors ${staticPage.errors}`);
    console.log(`  ratio ${(rate(petitionPage) / rate(staticPage)).toFixed(2)} (goal ≥ 0.8)`);
    if (petitionPage.cpu && staticPage.cpu) {
      const total = (p: Phase) => p.cpu!.server + p.cpu!.database;
      console.log(`  CPU per page ${total(petitionPage).toFixed(2)} ms against ${total(staticPage).toFixed(2)} ms: cost ratio ${(total(staticPage) / total(petitionPage)).toFixed(2)}`);
    }

    const failed = missing > 0 || twice > 0 || results.some((r) => r.sign.errors > 0);
    if (failed) process.exitCode = 1;
  } finally {
    await monitor?.end();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await exitCode(child);
    }
    await dropDatabase(adminUrl, name);
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
