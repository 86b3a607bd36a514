// `npm run bench:sign`: drives the real HTTP sign endpoint (POST /api/petitions/:slug/signatures)
// of a production build (scripts/server.ts, as `npm start` runs it) against PostgreSQL with 64, 256
// and 1,024 concurrent clients, each signature with its own email address, and in the same run, on
// the same database, the reference: the project's own signPetition() behind a bare node:http server
// (bench/reference-server.ts, one process). For every level it prints the rate of each, the ratio of
// the real endpoint to the reference, p50/p99 and errors, for the server with its default number of
// web processes (one per core) and with WEB_CONCURRENCY=1 side by side; then an empty route handler
// (GET /api/health: the framework's floor). It checks in the database that every accepted submission
// is stored exactly once, and times the petition page against a page that reads no database.
//
// Traffic goes only to 127.0.0.1, and every phase is bounded in time and in requests. Uses
// DATABASE_URL's server when set, otherwise an embedded PostgreSQL under .data/bench-postgres; in a
// database of its own either way, dropped afterwards. The mail worker is not started: a signature's
// confirmation mail is queued in the outbox inside the sign transaction (that cost is measured);
// delivering it is the worker's job and happens elsewhere. The servers run as behind one proxy
// (TRUSTED_PROXIES=1): each client stands for another visitor by its X-Forwarded-For. Every client
// sends over a keep-alive connection of its own (bench/http-load.ts), the same for every server:
// the benchmark shares the cores with the servers, and `fetch` cost it ten times as much CPU per
// request (one phase still runs with fetch, to print both).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { dropDatabase, ensureDatabase, withDatabase } from '@/db/admin';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { ensureProductionBuild, exitCode, runServer } from '@/scripts/production-build';
import { webProcessCount } from '@/scripts/web-cluster';
import { LoadClient, requestBytes } from './http-load';

/** The real server with its default web processes; the one with WEB_CONCURRENCY=1 and the reference on the next two ports. */
const PORT = Number(process.env.BENCH_PORT ?? 3130);
const BASE = `http://127.0.0.1:${PORT}`;
const HOST = '127.0.0.1';
const LEVELS = (process.env.BENCH_LEVELS ?? '64,256,1024').split(',').map(Number);
/** How long each measured phase runs, and the most requests it may send. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 40_000);
const PETITION = 'zhanaozen-inquiry';
const RUN = randomBytes(3).toString('hex');
/** Connections a phase opens at once before it starts, well under Node's listen queue of 511. */
const CONNECT_WAVE = 128;
/** The level at which one more reference phase runs with fetch, to show what the client costs. */
const CLIENT_COMPARISON_LEVEL = LEVELS.includes(256) ? 256 : LEVELS[0]!;

type Phase = {
  requests: number;
  ok: number;
  errors: number;
  statuses: Map<number | string, number>;
  seconds: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per request of the server and of its database sessions, where /proc tells. */
  /** `primary`: of `server`, the share of the process at the root (the cluster's primary). */
  /** `client`: this benchmark's own process, which sends the requests on the same machine. */
  /** `commits`: the database's committed transactions per request (pg_stat_database, which lags up to a second). */
  cpu: { server: number; database: number; primary: number; client: number; commits: number } | null;
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

/** The process and every process below it (the web processes of the cluster), from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [root];
  }
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone meanwhile */
    }
  }
  const tree: number[] = [];
  const walk = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return tree;
}

/**
 * The CPU time the web server and its database sessions use, which a busy shared machine does not
 * inflate the way it stretches wall-clock rates: per request, it compares runs made at different times.
 */
type CpuMeter = { read(): Promise<{ server: number; database: number; primary: number; commits: number } | null> };

function cpuMeter(serverPid: number, monitor: postgres.Sql, database: string): CpuMeter {
  return {
    async read() {
      const server = processTree(serverPid).reduce<number | null>((sum, pid) => {
        const own = cpuSeconds(pid);
        return own === null ? sum : (sum ?? 0) + own;
      }, null);
      if (server === null) return null;
      const backends = await monitor<{ pid: number }[]>`
        select pid from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`;
      let db = 0;
      for (const { pid } of backends) db += cpuSeconds(pid) ?? 0; // a remote server: 0
      // Phases run one at a time, so the database's commits during one are its server's batches.
      const [stats] = await monitor<{ commits: string }[]>`select xact_commit::text as commits from pg_stat_database where datname = ${database}`;
      return { server, database: db, primary: cpuSeconds(serverPid) ?? 0, commits: Number(stats?.commits ?? 0) };
    },
  };
}

/**
 * How one simulated client sends: over a keep-alive connection of its own (bench/http-load.ts), or
 * through `fetch`, which the benchmark used before and which one phase still uses to show what the
 * load generator itself costs this process with each.
 */
type ClientKind = 'http-load' | 'fetch';
type Client = { connect(): Promise<void>; send(method: string, path: string, headers?: Record<string, string>, body?: string): Promise<number>; close(): void };

// The headers undici's fetch adds to every request: sent by both, so the servers parse as much
// whichever client drives them, and server CPU figures stay comparable with runs made with fetch.
const FETCH_HEADERS = { accept: '*/*', 'accept-language': '*', 'sec-fetch-mode': 'cors', 'user-agent': 'node', 'accept-encoding': 'gzip, deflate' };

function newClient(kind: ClientKind, port: number): Client {
  const host = `${HOST}:${port}`;
  if (kind === 'fetch') {
    return {
      async send(method, path, headers, body) {
        const response = await fetch(`http://${host}${path}`, { method, headers, body });
        await response.arrayBuffer();
        return response.status;
      },
      connect: () => Promise.resolve(),
      close() {},
    };
  }
  const connection = new LoadClient(HOST, port);
  return {
    connect: () => connection.connect(),
    async send(method, path, headers = {}, body) {
      return (await connection.request(requestBytes(method, host, path, { ...FETCH_HEADERS, ...headers }, body))).status;
    },
    close: () => connection.close(),
  };
}

/**
 * `clients` loops, each with a client of its own to `port`, sending one request after another until
 * the time or the request budget is spent. `request(client, n)` makes the n-th request and says
 * whether it counts as a success.
 */
async function drive(
  clients: number,
  port: number,
  request: (client: Client, n: number) => Promise<number>,
  okStatus: (s: number) => boolean,
  meter?: CpuMeter,
  kind: ClientKind = 'http-load',
): Promise<Phase> {
  const loops = Array.from({ length: clients }, () => newClient(kind, port));
  // Connected before the clock starts, a wave at a time: 1,024 connections opened at once overflow
  // the listen queue (511), and the SYNs the kernel drops are sent again 1 and 3 s later — that
  // measured the accept queue, not signing (p99 of 3–7 s at 1,024 clients, seen in ListenOverflows).
  // One that fails to open is tried again by its first request, which then counts the error.
  for (let i = 0; i < loops.length; i += CONNECT_WAVE) await Promise.all(loops.slice(i, i + CONNECT_WAVE).map((c) => c.connect().catch(() => {})));
  const cpuBefore = await meter?.read();
  const clientBefore = process.cpuUsage();
  const latencies = new Float64Array(MAX_REQUESTS);
  const statuses = new Map<number | string, number>();
  let next = 0;
  let done = 0;
  let ok = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    loops.map(async (client) => {
      while (performance.now() < deadline && next < MAX_REQUESTS) {
        const n = next++;
        const t0 = performance.now();
        let status: number | string;
        try {
          status = await request(client, n);
        } catch (e) {
          const error = e as { code?: string; cause?: { code?: string } };
          status = error.code ?? error.cause?.code ?? 'network';
        }
        latencies[done++] = performance.now() - t0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (typeof status === 'number' && okStatus(status)) ok += 1;
      }
      client.close();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const cpuAfter = await meter?.read();
  const cpu =
    cpuBefore && cpuAfter && done > 0
      ? {
          server: ((cpuAfter.server - cpuBefore.server) * 1000) / done,
          database: ((cpuAfter.database - cpuBefore.database) * 1000) / done,
          primary: ((cpuAfter.primary - cpuBefore.primary) * 1000) / done,
          commits: (cpuAfter.commits - cpuBefore.commits) / done,
          client: (client.user + client.system) / 1000 / done,
        }
      : null;
  const sorted = latencies.slice(0, done).sort();
  return { requests: done, ok, errors: done - ok, statuses, seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), cpu };
}

const accepted: string[] = [];
let level = 0;

/** Which server a phase drives: its port, and its own addresses, so the check below can tell every phase apart. */
type Target = { label: string; port: number; path: (slug: string) => string };
const real = (port: number, label: string): Target => ({ label, port, path: (slug) => `/api/petitions/${slug}/signatures` });
const reference: Target = { label: 'reference', port: PORT + 2, path: (slug) => `/sign/${slug}` };

function emailFor(target: Target, n: number, kind: ClientKind): string {
  return `bench-${RUN}-${target.label}${kind === 'fetch' ? '-fetch' : ''}-${level}-${n}@example${n % 50}.org`;
}

/** Signs through `target` with `client`; `kind` only keeps the addresses of a fetch phase apart. */
async function sign(target: Target, client: Client, n: number, kind: ClientKind = 'http-load'): Promise<number> {
  const email = emailFor(target, n, kind);
  const body = JSON.stringify({ name: 'Bench Signer', email, country: ['KZ', 'DE', 'GB', 'FR', 'RU'][n % 5], locale: 'en', publicName: n % 2 === 0 });
  const status = await client.send('POST', target.path(PETITION), {
    'content-type': 'application/json',
    // A spike comes from many addresses; each client of the benchmark stands for one.
    'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
  }, body);
  if (status === 202) accepted.push(email);
  return status;
}

const get = (client: Client, pathname: string) => client.send('GET', pathname);

const rate = (p: Phase) => p.ok / p.seconds;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const statusList = (p: Phase) => [...p.statuses].map(([s, n]) => `${s}×${n}`).join(' ');

async function waitForServer(child: ChildProcess, port: number, pathname: string) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const client = newClient('http-load', port);
    try {
      if ((await get(client, pathname)) === 200) return;
    } catch {
      /* not listening yet */
    } finally {
      client.close();
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(path.join('.data', 'bench-postgres'), Number(process.env.BENCH_PG_PORT ?? 54332));
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `bench_sign_${RUN}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrateDatabase(url);
  const seedClient = postgres(url, { max: 1, onnotice: () => {} });
  await seedDemoContent(drizzle(seedClient, { schema, casing: 'snake_case' }));
  await seedClient.end();

  const env = { ...process.env, DATABASE_URL: url, APP_URL: BASE, NODE_ENV: 'production' as const, TRUSTED_PROXIES: '1' };
  const children: ChildProcess[] = [];
  let monitor: postgres.Sql | undefined;
  try {
    if ((await ensureProductionBuild(env)) !== 0) throw new Error('the production build failed');
    const profile = process.env.BENCH_CPU_PROF;
    // A V8 CPU profile of every web process, written to that folder when it stops (open it in Chrome's DevTools).
    const profiling = profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [];
    const server = runServer({ ...env, PORT: String(PORT), HOSTNAME: '127.0.0.1' }, profiling);
    const serverOne = runServer({ ...env, PORT: String(PORT + 1), HOSTNAME: '127.0.0.1', WEB_CONCURRENCY: '1' });
    const referenceServer = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only.mjs', path.join('bench', 'reference-server.ts')], {
      stdio: 'inherit',
      env: { ...env, PORT: String(PORT + 2) },
    });
    children.push(server, serverOne, referenceServer);
    await Promise.all([
      waitForServer(server, PORT, '/api/health'),
      waitForServer(serverOne, PORT + 1, '/api/health'),
      waitForServer(referenceServer, PORT + 2, '/health'),
    ]);
    const targets = { reference, all: real(PORT, 'all'), one: real(PORT + 1, 'one') };

    // Warm up every server (JIT, connection pools, the petition cache) before measuring.
    level = -1;
    for (const target of Object.values(targets)) await drive(32, target.port, (c, n) => sign(target, c, n), (s) => s === 202);
    await drive(32, reference.port, (c, n) => sign(reference, c, n, 'fetch'), (s) => s === 202, undefined, 'fetch');
    await drive(32, PORT, (c) => get(c, '/api/health'), (s) => s === 200);
    monitor = postgres(url, { max: 1, onnotice: () => {} });
    const meters = { reference: cpuMeter(referenceServer.pid!, monitor, name), all: cpuMeter(server.pid!, monitor, name), one: cpuMeter(serverOne.pid!, monitor, name) };

    const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
    console.log(`\nbench/sign — ${SECONDS} s per phase, at most ${MAX_REQUESTS.toLocaleString('en')} requests each; ${availableParallelism()} cores`);
    console.log(`the real endpoint with ${webProcessCount(undefined)} web processes (default) and with WEB_CONCURRENCY=1, against signPetition() behind bare node:http\n`);
    console.log('clients   reference/s   default/s  ratio  p50       p99        errors   one/s  ratio  p99        errors   floor/s   load (1/5/15 min)');
    type Row = { clients: number; reference: Phase; all: Phase; one: Phase; floor: Phase };
    const results: Row[] = [];
    let withFetch: Phase | undefined;
    let withFetchOf: Phase | undefined;
    for (const clients of LEVELS) {
      level = clients;
      // One after another on the same database, so each phase sees the same machine and table.
      const phases = {} as Omit<Row, 'clients' | 'floor'>;
      for (const key of ['reference', 'all', 'one'] as const) {
        phases[key] = await drive(clients, targets[key].port, (c, n) => sign(targets[key], c, n), (s) => s === 202, meters[key]);
        // Once, right after the reference phase it compares with: the same phase driven by fetch.
        if (key === 'reference' && clients === CLIENT_COMPARISON_LEVEL) {
          withFetch = await drive(clients, reference.port, (c, n) => sign(reference, c, n, 'fetch'), (s) => s === 202, meters.reference, 'fetch');
          withFetchOf = phases.reference;
        }
      }
      const floor = await drive(clients, PORT, (c) => get(c, '/api/health'), (s) => s === 200);
      const row = { clients, ...phases, floor };
      results.push(row);
      const ratio = (p: Phase) => (rate(p) / rate(row.reference)).toFixed(2).padStart(5);
      console.log(
        `${String(clients).padStart(7)}   ${rate(row.reference).toFixed(0).padStart(11)}   ${rate(row.all).toFixed(0).padStart(9)}  ${ratio(row.all)}  ${ms(row.all.p50).padEnd(9)} ${ms(row.all.p99).padEnd(9)}  ${String(row.all.errors).padStart(6)}   ${rate(row.one).toFixed(0).padStart(5)}  ${ratio(row.one)}  ${ms(row.one.p99).padEnd(9)}  ${String(row.one.errors).padStart(6)}   ${rate(floor).toFixed(0).padStart(7)}   ${load()}`,
      );
      for (const key of ['reference', 'all', 'one'] as const) {
        if (row[key].errors > 0) console.log(`          ${key} statuses: ${statusList(row[key])}`);
      }
    }
    if (results.every((r) => r.reference.cpu && r.all.cpu && r.one.cpu)) {
      // What each signature costs the machine, whatever else runs on it: compare runs by these.
      console.log('\nCPU per signature (ms): server processes + their database sessions');
      console.log('clients   reference       default         one             cost ratio (reference/default)   of default: primary   benchmark client');
      for (const row of results) {
        const total = (p: Phase) => p.cpu!.server + p.cpu!.database;
        const cell = (p: Phase) => `${p.cpu!.server.toFixed(2)} + ${p.cpu!.database.toFixed(2)}`.padEnd(16);
        console.log(
          `${String(row.clients).padStart(7)}   ${cell(row.reference)}${cell(row.all)}${cell(row.one)}${(total(row.reference) / total(row.all)).toFixed(2).padEnd(33)}${row.all.cpu!.primary.toFixed(2).padEnd(22)}${row.all.cpu!.client.toFixed(2)}`,
        );
      }
      // Server, database and the benchmark's own client share the machine's cores: what one
      // signature costs them together bounds the rate, whatever else runs beside them.
      const ceiling = results.map((r) => {
        const whole = r.all.cpu!.server + r.all.cpu!.database + r.all.cpu!.client;
        return `${r.clients}: ${whole.toFixed(2)} ms, ≤ ${((availableParallelism() * 1000) / whole).toFixed(0)}/s`;
      });
      console.log(`CPU per signature of default with its client, and the rate ${availableParallelism()} idle cores would allow: ${ceiling.join(' · ')}`);
      // Each web process commits its own batches: the fewer signatures a commit, the more each costs.
      const perCommit = (p: Phase) => (p.cpu!.commits > 0 ? (1 / p.cpu!.commits).toFixed(0) : '-');
      console.log(`signatures per commit (reference / default / one): ${results.map((r) => `${r.clients}: ${perCommit(r.reference)} / ${perCommit(r.all)} / ${perCommit(r.one)}`).join(' · ')}`);
    }
    if (withFetch?.cpu && withFetchOf?.cpu) {
      // What the load generator itself takes from the cores the servers share with it.
      const cell = (p: Phase) => `${p.cpu!.client.toFixed(3)} ms (${rate(p).toFixed(0)}/s, ${p.errors} errors)`;
      console.log(`load generator CPU per signature, reference at ${CLIENT_COMPARISON_LEVEL} clients: fetch ${cell(withFetch)}, bench/http-load.ts ${cell(withFetchOf)}`);
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

    const at256 = results.find((r) => r.clients === 256);
    const goals = [
      ...results.map((r) => [`ratio ≥ 0.7 at ${r.clients} clients`, rate(r.all) / rate(r.reference) >= 0.7, (rate(r.all) / rate(r.reference)).toFixed(2)] as const),
      ...(at256 ? [['p99 < 500 ms at 256 clients', at256.all.p99 < 500, ms(at256.all.p99)] as const] : []),
      ['0 errors', results.every((r) => r.all.errors === 0 && r.one.errors === 0), String(results.reduce((n, r) => n + r.all.errors + r.one.errors, 0))] as const,
      ['every accepted signature stored once', missing === 0 && twice === 0, `${missing} missing, ${twice} twice`] as const,
    ];
    console.log('\ngoals (the real endpoint, default web processes):');
    for (const [goal, met, value] of goals) console.log(`  ${met ? 'met    ' : 'NOT met'}  ${goal}: ${value}`);

    // The petition page against a page of the same server that reads no database.
    const pageClients = 64;
    await drive(16, PORT, (c) => get(c, `/en/petitions/${PETITION}`), (s) => s === 200);
    const petitionPage = await drive(pageClients, PORT, (c) => get(c, `/en/petitions/${PETITION}`), (s) => s === 200, meters.all);
    const staticPage = await drive(pageClients, PORT, (c) => get(c, '/en/about'), (s) => s === 200, meters.all);
    console.log(`\npages with ${pageClients} clients`);
    console.log(`  /en/petitions/${PETITION}   ${rate(petitionPage).toFixed(0)}/s  p50 ${ms(petitionPage.p50)}  p99 ${ms(petitionPage.p99)}  errors ${petitionPage.errors}`);
    console.log(`  /en/about (no database)            ${rate(staticPage).toFixed(0)}/s  p50 ${ms(staticPage.p50)}  p99 ${ms(staticPage.p99)}  errors ${staticPage.errors}`);
    console.log(`  ratio ${(rate(petitionPage) / rate(staticPage)).toFixed(2)} (goal ≥ 0.8)`);
    if (petitionPage.cpu && staticPage.cpu) {
      const total = (p: Phase) => p.cpu!.server + p.cpu!.database;
      console.log(`  CPU per page ${total(petitionPage).toFixed(2)} ms against ${total(staticPage).toFixed(2)} ms: cost ratio ${(total(staticPage) / total(petitionPage)).toFixed(2)}`);
    }

    const failed = missing > 0 || twice > 0 || results.some((r) => r.all.errors > 0 || r.one.errors > 0);
    if (failed) process.exitCode = 1;
  } finally {
    await monitor?.end();
    for (const child of children.filter((c) => c.exitCode === null)) child.kill('SIGTERM');
    await Promise.all(children.map(exitCode));
    await dropDatabase(adminUrl, name);
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
