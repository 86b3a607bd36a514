// `npm run bench:sign-cost`: what one signature costs the database and the web process, without
// HTTP. Calls signPetition() in this process, BENCH_CLIENTS (256) at a time, BENCH_SIGNATURES
// (6,000) in all, each with its own address, against a fresh database on DATABASE_URL's server
// (dropped afterwards), and prints per signature: this process's CPU, its database sessions' CPU
// (where /proc shows them: a local server), transactions, rows written, and — where the server
// has them — the statements run (pg_stat_statements) and the WAL written and flushed (pg_stat_wal,
// which counts the whole server: run it on a server nobody else uses for exact figures).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { dropDatabase, ensureDatabase, withDatabase } from '@/db/admin';
import { closeDb } from '@/db/client';
import { stopListening } from '@/db/invalidation';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { closeProducer } from '@/lib/mail/queue';
import { signPetition } from '@/lib/petitions/sign';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 256);
const SIGNATURES = Number(process.env.BENCH_SIGNATURES ?? 6_000);
const PETITION = 'zhanaozen-inquiry';

function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / 100;
  } catch {
    return 0;
  }
}

type Snapshot = {
  commits: number;
  inserted: number;
  updated: number;
  backendCpu: number;
  wal: { records: number; fpi: number; bytes: number; writes: number; syncs: number } | null;
};

// PostgreSQL publishes a session's counts at most once a second while it works, and within ten
// seconds once it idles; a session that ends publishes them at once.
const IDLE_FLUSH_MS = 11_000;

async function backendCpu(admin: postgres.Sql, name: string): Promise<number> {
  const backends = await admin<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${name}`;
  return backends.reduce((sum, b) => sum + cpuSeconds(b.pid), 0);
}

async function snapshot(admin: postgres.Sql, name: string, cpu: number): Promise<Snapshot> {
  const [db] = await admin<{ commits: number; inserted: number; updated: number }[]>`
    select xact_commit::float8 as commits, tup_inserted::float8 as inserted, tup_updated::float8 as updated
    from pg_stat_database where datname = ${name}`;
  const wal = await admin<{ records: number; fpi: number; bytes: number; writes: number; syncs: number }[]>`
    select wal_records::float8 as records, wal_fpi::float8 as fpi, wal_bytes::float8 as bytes,
           wal_write::float8 as writes, wal_sync::float8 as syncs from pg_stat_wal`.catch(() => []);
  return { ...db!, backendCpu: cpu, wal: wal[0] ?? null };
}

async function statements(admin: postgres.Sql, name: string) {
  return admin<{ calls: number; ms: number; rows: number; query: string }[]>`
    select calls::float8 as calls, total_exec_time as ms, rows::float8 as rows, query
    from pg_stat_statements where dbid = (select oid from pg_database where datname = ${name})
    order by calls desc, total_exec_time desc`.catch(() => null);
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('Set DATABASE_URL to the server to measure on.');
  const name = `bench_sign_cost_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrateDatabase(url);
  const seedClient = postgres(url, { max: 1, onnotice: () => {} });
  await seedDemoContent(drizzle(seedClient, { schema, casing: 'snake_case' }));
  await seedClient.end();
  process.env.DATABASE_URL = url;
  process.env.APP_URL ??= 'http://localhost:3000';
  process.env.APP_SECRET ??= 'bench-sign-cost-secret-of-at-least-32-chars';

  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin`create extension if not exists pg_stat_statements`.catch(() => {});
  const run = randomBytes(3).toString('hex');
  const form = (n: number) => ({
    name: 'Bench Signer',
    email: `cost-${run}-${n}@example${n % 50}.org`,
    country: ['KZ', 'DE', 'GB', 'FR', 'RU'][n % 5],
    locale: 'en',
    publicName: n % 2 === 0,
  });
  const ip = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  const drive = async (count: number, offset: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(CLIENTS, count) }, async () => {
        while (next < count) {
          const n = offset + next++;
          const outcome = await signPetition(PETITION, form(n), { ip: ip(n) }).catch((error: unknown) => {
            console.error(`signature ${n}:`, error);
            throw error;
          });
          if (!outcome.ok) throw new Error(`signature ${n}: ${JSON.stringify(outcome)}`);
        }
      }),
    );
  };

  try {
    // Warm up the pool, the prepared statements and the JIT first.
    await drive(Math.min(500, SIGNATURES), 1_000_000);
    await new Promise((r) => setTimeout(r, IDLE_FLUSH_MS));
    await admin`select pg_stat_statements_reset()`.catch(() => {});
    const before = await snapshot(admin, name, await backendCpu(admin, name));
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await drive(SIGNATURES, 0);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const sessionsCpu = await backendCpu(admin, name);
    await closeDb();
    await closeProducer();
    await new Promise((r) => setTimeout(r, 1_000));
    const after = await snapshot(admin, name, sessionsCpu);
    const per = (v: number) => (v / SIGNATURES).toFixed(2);

    console.log(`\nbench/sign-cost — ${SIGNATURES.toLocaleString('en')} signatures, ${CLIENTS} at a time, in one process; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`  rate                         ${(SIGNATURES / seconds).toFixed(0)}/s`);
    console.log(`  web process CPU              ${per(((cpu.user + cpu.system) / 1000))} ms per signature`);
    console.log(`  database sessions' CPU       ${per((after.backendCpu - before.backendCpu) * 1000)} ms per signature (0 when the server is not local)`);
    console.log(`  transactions committed       ${per(after.commits - before.commits)} per signature`);
    console.log(`  rows inserted / updated      ${per(after.inserted - before.inserted)} / ${per(after.updated - before.updated)} per signature`);
    if (before.wal && after.wal) {
      const w = (k: keyof NonNullable<Snapshot['wal']>) => per(after.wal![k] - before.wal![k]);
      console.log(`  WAL (whole server)           ${w('records')} records, ${w('fpi')} full pages, ${(Number(w('bytes')) / 1024).toFixed(2)} KiB, ${w('writes')} writes, ${w('syncs')} flushes per signature`);
    }
    const rows = await statements(admin, name);
    if (rows && rows.length > 0) {
      const total = rows.reduce((sum, r) => sum + r.calls, 0);
      const time = rows.reduce((sum, r) => sum + r.ms, 0);
      console.log(`  statements                   ${per(total)} per signature, ${per(time)} ms of execution per signature`);
      for (const r of rows.slice(0, 12)) {
        console.log(`    ${per(r.calls).padStart(6)} × ${(r.ms / r.calls).toFixed(3).padStart(7)} ms  ${r.query.replace(/\s+/g, ' ').slice(0, 110)}`);
      }
    } else {
      console.log('  statements                   (pg_stat_statements is not loaded on this server)');
    }
  } finally {
    await stopListening();
    await closeProducer();
    await closeDb();
    await admin.end();
    // BENCH_KEEP=1 leaves the database behind, to EXPLAIN its statements on the rows they met.
    if (process.env.BENCH_KEEP === '1') console.log(`  kept database ${name}`);
    else await dropDatabase(adminUrl, name);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
