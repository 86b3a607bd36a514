// `npm run bench:updates`: one case update published to 100,000 confirmed subscribers, end to end.
// Times `publishUpdate` (the organiser's wait: the update row and one queued job), then runs a real
// worker process (`scripts/worker.ts`: fan-out jobs and mail delivery) against the Resend test
// server limited to 10 requests/s × 100 per batch, kills it with SIGKILL once a third is delivered
// and starts another. Prints the publish time, the fan-out time, the delivery rate as a share of the
// limit, the worker's memory along the way, and duplicates (must be 0). Uses DATABASE_URL's server
// when set, otherwise an embedded PostgreSQL; either way a database of its own, dropped after.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { dropDatabase, ensureDatabase, withDatabase } from '@/db/admin';
import { closeDb, db } from '@/db/client';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { organisers, users } from '@/db/schema';
import { closeProducer } from '@/lib/mail/queue';
import { publishUpdate, saveUpdate } from '@/lib/updates/organise';
import { startResendServer } from '@/tests/support/resend-server';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const LIMIT_PER_SECOND = 10;
const BATCH = 100;

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

function startWorker(url: string, resendUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only.mjs', path.join('scripts', 'worker.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      RESEND_API_KEY: 're_bench',
      RESEND_BASE_URL: resendUrl,
      MAIL_RATE_PER_SECOND: String(LIMIT_PER_SECOND),
      MAIL_CONCURRENCY: '12',
      // A killed worker's jobs are retried after this; short so the restart shows in seconds.
      MAIL_JOB_TIMEOUT_SECONDS: '20',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(path.join('.data', 'bench-postgres'), 54331);
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  process.env.APP_URL ??= 'http://localhost:3000';
  const server = await startResendServer({ rateLimit: LIMIT_PER_SECOND, keepBodies: false });
  const workers: ChildProcess[] = [];

  try {
    console.log(`Writing ${SUBSCRIBERS.toLocaleString('en')} confirmed subscribers …`);
    // Half follow the case, half every case, and a tenth of them both: each must get one mail.
    const [{ id: caseId }] = (await db().execute(sql`
      insert into cases (slug, name, summary, biography, published)
      values ('bench-person', '{"en":"Bench Person","ru":"Тестовый человек"}', '{"en":"-"}', '{"en":"-"}', true) returning id`)) as unknown as [{ id: string }];
    await db().execute(sql`
      insert into subscribers (email, canonical_email, locale)
      select 'reader-' || i || '@example.org', 'reader-' || i || '@example.org', (array['en','ru','kk'])[1 + i % 3]
      from generate_series(1, ${SUBSCRIBERS}) i`);
    await db().execute(sql`
      insert into subscriptions (subscriber_id, case_id, status, confirmed_at)
      select id, case when row_number() over (order by id) % 2 = 0 then ${caseId}::uuid else null end, 'confirmed', now() from subscribers`);
    await db().execute(sql`
      insert into subscriptions (subscriber_id, case_id, status, confirmed_at)
      select subscriber_id, null, 'confirmed', now() from subscriptions where case_id is not null and random() < 0.2
      on conflict do nothing`);
    await db().execute(sql`analyze`);

    const email = 'bench-organiser@example.org';
    const [organiser] = await db().insert(organisers).values({ email, role: 'organiser' }).returning();
    const [user] = await db().insert(users).values({ email }).returning();
    const actor = { userId: user!.id, organiserId: organiser!.id, email, role: 'organiser' as const };
    const form = { case: caseId, title: { en: 'The appeal is set for 14 March', ru: 'Апелляция назначена на 14 марта' }, body: { en: 'The regional court will hear the appeal on **14 March**.', ru: 'Областной суд рассмотрит апелляцию **14 марта**.' }, link: '' };
    const saved = await saveUpdate(actor, null, form);
    if (!saved?.ok || !saved.id) throw new Error(`could not save the update: ${JSON.stringify(saved)}`);
    // Warm the producer's pg-boss connection once, as a running web process has it.
    const warm = await saveUpdate(actor, null, { ...form, case: 'campaign' });
    await publishUpdate(actor, (warm as { id: string }).id, { when: 'now' });
    await db().execute(sql`delete from pgboss.job where name = 'case-update-fanout'`);

    const publishStarted = performance.now();
    const published = await publishUpdate(actor, saved.id, { when: 'now' });
    const publishMs = performance.now() - publishStarted;
    if (!published?.ok) throw new Error(`publish failed: ${JSON.stringify(published)}`);

    const started = Date.now();
    workers.push(startWorker(url, server.url));
    let peak = 0;
    const samples: Array<{ delivered: number; rss: number }> = [];
    const sampler = setInterval(() => {
      const w = workers[workers.length - 1]!;
      const rss = rssMb(w.pid!, 'VmRSS');
      peak = Math.max(peak, rssMb(w.pid!, 'VmHWM'));
      if (rss) samples.push({ delivered: server.delivered.length, rss });
    }, 500);

    let fanoutDoneAt = 0;
    let killedAt = 0;
    let lastReport = started;
    for (;;) {
      if (!fanoutDoneAt) {
        const [row] = (await db().execute(sql`select fanout_finished_at is not null as done from case_updates where id = ${saved.id}`)) as unknown as [{ done: boolean }];
        if (row.done) fanoutDoneAt = Date.now();
      }
      if (!killedAt && fanoutDoneAt && server.delivered.length >= SUBSCRIBERS / 3) {
        killedAt = Date.now();
        console.log(`  SIGKILL to the worker at ${server.delivered.length.toLocaleString('en')} delivered; starting a new one`);
        workers[workers.length - 1]!.kill('SIGKILL');
        workers.push(startWorker(url, server.url));
      }
      const [{ queued, total }] = (await db().execute(sql`
        select count(*) filter (where m.status = 'queued')::int as queued, count(*)::int as total
        from update_recipients r join mail_messages m on m.id = r.message_id where r.update_id = ${saved.id}`)) as unknown as [{ queued: number; total: number }];
      if (fanoutDoneAt && queued === 0 && total > 0) break;
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        console.log(`  ${server.delivered.length.toLocaleString('en')} delivered after ${((lastReport - started) / 1000).toFixed(0)} s`);
      }
      if (Date.now() - started > 15 * 60_000) throw new Error('gave up after 15 minutes');
      await new Promise((r) => setTimeout(r, 250));
    }
    clearInterval(sampler);
    const alive = workers.filter((w) => w.exitCode === null && w.signalCode === null);
    for (const w of alive) w.kill('SIGTERM');
    await Promise.all(alive.map((w) => new Promise((r) => w.once('exit', r))));

    const [{ expected }] = (await db().execute(sql`
      select count(distinct subscriber_id)::int as expected from subscriptions where status = 'confirmed' and (case_id = ${caseId} or case_id is null)`)) as unknown as [{ expected: number }];
    const counts = server.countByRecipient();
    const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
    const ok = server.requests.filter((r) => r.status === 200).sort((a, b) => a.at - b.at);
    // The rate while delivering, leaving out the pause the kill caused (jobs wait for their timeout).
    const gaps = ok.slice(1).map((r, i) => r.at - ok[i]!.at);
    const pause = Math.max(0, ...gaps);
    const seconds = (ok[ok.length - 1]!.at - ok[0]!.at - pause) / 1000 + 1 / LIMIT_PER_SECOND;
    const rate = ok.length / seconds;
    const at = (share: number) => samples.find((s) => s.delivered >= expected * share)?.rss ?? 0;

    console.log('\nbench/updates');
    console.log(`  subscribers           ${SUBSCRIBERS.toLocaleString('en')} (to the case, to every case, some both); ${expected.toLocaleString('en')} distinct recipients`);
    console.log(`  publishUpdate         ${publishMs.toFixed(0)} ms (goal < 1,000 ms)`);
    console.log(`  fan-out               ${((fanoutDoneAt - started) / 1000).toFixed(1)} s to queue every recipient = ${Math.round(expected / ((fanoutDoneAt - started) / 1000))}/s (pages of 1,000, by keyset, while delivery runs)`);
    console.log(`  provider limit        ${LIMIT_PER_SECOND} requests/s × ${BATCH} = ${LIMIT_PER_SECOND * BATCH} messages/s`);
    console.log(`  elapsed               ${((Date.now() - started) / 1000).toFixed(1)} s from worker start, with one SIGKILL and restart (pause ${(pause / 1000).toFixed(1)} s)`);
    console.log(`  achieved              ${rate.toFixed(2)} requests/s = ${(rate / LIMIT_PER_SECOND).toFixed(3)} of the limit outside the pause (goal ≥ 0.9)`);
    console.log(`  worker RSS            ${at(0.1)} MB at 10 %, ${at(0.3)} MB at 30 %, ${at(0.6)} MB at 60 %, ${at(0.95)} MB at 95 % delivered; peak ${peak} MB`);
    console.log(`  delivered             ${counts.size.toLocaleString('en')} recipients, ${duplicates} duplicates`);
    if (duplicates > 0 || counts.size !== expected) process.exitCode = 1;
  } finally {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
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
