// `npm run bench:fanout`: 100,000 queued recipients of one case update, delivered by a real worker
// process (`scripts/worker.ts`) to the Resend test server limited to 10 requests/s × 100 per
// batch. Prints the time, the achieved rate as a share of that limit (goal ≥ 0.9), the worker's
// peak memory and the duplicates (must be 0). Uses DATABASE_URL's server when set, otherwise an
// embedded PostgreSQL under .data/bench-postgres; either way in a database of its own, dropped after.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { dropDatabase, ensureDatabase, withDatabase } from '@/db/admin';
import { closeDb, db } from '@/db/client';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { enqueueBulk } from '@/lib/mail/enqueue';
import { closeProducer } from '@/lib/mail/queue';
import { startResendServer } from '@/tests/support/resend-server';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
const LIMIT_PER_SECOND = 10;
const BATCH = 100;

function peakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(path.join('.data', 'bench-postgres'), 54331);
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  const server = await startResendServer({ rateLimit: LIMIT_PER_SECOND, keepBodies: false });

  try {
    console.log(`Queueing ${RECIPIENTS.toLocaleString('en')} recipients …`);
    const queueStarted = Date.now();
    const chunk = 10_000;
    for (let i = 0; i < RECIPIENTS; i += chunk) {
      await db().transaction((tx) =>
        enqueueBulk(tx, {
          template: 'case-update',
          list: { id: 'case-updates.bench', label: 'Benchmark' },
          props: (locale) => ({
            caseName: 'Roza Tuletaeva',
            title: locale === 'ru' ? 'Апелляция назначена на 14 марта' : locale === 'kk' ? 'Апелляция 14 наурызға белгіленді' : 'The appeal is set for 14 March',
            body: 'The regional court will hear the appeal on 14 March at 10:00.\n\nLetters of support can still be sent.',
            caseUrl: 'http://localhost:3000/en/cases/roza-tuletaeva',
          }),
          recipients: Array.from({ length: Math.min(chunk, RECIPIENTS - i) }, (_, j) => ({
            to: `reader-${i + j}@example.org`,
            locale: (['en', 'ru', 'kk'] as const)[(i + j) % 3]!,
          })),
        }),
      );
    }
    console.log(`Queued in ${((Date.now() - queueStarted) / 1000).toFixed(1)} s. Starting the worker …`);

    const worker = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only.mjs', path.join('scripts', 'worker.ts')], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        RESEND_API_KEY: 're_bench',
        RESEND_BASE_URL: server.url,
        MAIL_RATE_PER_SECOND: String(LIMIT_PER_SECOND),
        MAIL_CONCURRENCY: '12',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let lines = 0;
    worker.stdout!.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').filter(Boolean).length;
    });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, peakRssMb(worker.pid!) ?? 0)), 500);

    const expected = Math.ceil(RECIPIENTS / BATCH);
    const started = Date.now();
    let lastReport = started;
    for (;;) {
      const accepted = server.requests.filter((r) => r.status === 200).length;
      if (server.delivered.length >= RECIPIENTS && accepted >= expected) break;
      if (worker.exitCode !== null) throw new Error(`the worker exited with ${worker.exitCode}`);
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        console.log(`  ${server.delivered.length.toLocaleString('en')} delivered after ${((lastReport - started) / 1000).toFixed(0)} s`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    // Let the worker record the last batch before reading the outbox.
    const [{ queued }] = (await db().execute(sql`select count(*) filter (where status = 'queued')::int as queued from mail_messages`)) as unknown as [{ queued: number }];
    peak = Math.max(peak, peakRssMb(worker.pid!) ?? 0);
    clearInterval(sampler);
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));

    const ok = server.requests.filter((r) => r.status === 200);
    const first = ok[0]!.at;
    const last = ok[ok.length - 1]!.at;
    const seconds = (last - first) / 1000 + 1 / LIMIT_PER_SECOND;
    const rate = ok.length / seconds;
    const counts = server.countByRecipient();
    const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
    console.log('\nbench/fanout');
    console.log(`  recipients            ${RECIPIENTS.toLocaleString('en')} in ${expected} batches of ${BATCH}`);
    console.log(`  provider limit        ${LIMIT_PER_SECOND} requests/s × ${BATCH} = ${LIMIT_PER_SECOND * BATCH} messages/s`);
    console.log(`  elapsed               ${((Date.now() - started) / 1000).toFixed(1)} s from worker start (${seconds.toFixed(1)} s first to last request)`);
    console.log(`  achieved              ${rate.toFixed(2)} requests/s = ${(rate / LIMIT_PER_SECOND).toFixed(3)} of the limit (goal ≥ 0.9)`);
    console.log(`  429s received         ${server.requests.filter((r) => r.status === 429).length}`);
    console.log(`  worker peak RSS       ${peak ? `${peak} MB` : 'unknown (no /proc)'}`);
    console.log(`  delivered             ${counts.size.toLocaleString('en')} recipients, ${duplicates} duplicates`);
    console.log(`  still queued in db    ${queued} (the last batches may still be recording)`);
    console.log(`  worker log lines      ${lines}`);
    if (duplicates > 0 || counts.size !== RECIPIENTS) process.exitCode = 1;
  } finally {
    await server.close();
    await closeProducer();
    await closeDb();
    await dropDatabase(adminUrl, name);
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
