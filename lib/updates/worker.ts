import { drizzle } from 'drizzle-orm/postgres-js';
import PgBoss from 'pg-boss';
import postgres from 'postgres';
import * as schema from '@/db/schema';
import { fanOutUpdate, PAGES_PER_JOB } from './fanout';
import { ensureFanoutQueue, FANOUT_QUEUE, type FanoutJob } from './queue';

/**
 * Runs the fan-out jobs of published updates (next to the mail worker, in the same processes).
 * The job only writes the outbox; the mail worker delivers at the provider's rate.
 */
export async function startUpdatesWorker(databaseUrl: string, { log = (line: string) => console.log(line) } = {}): Promise<() => Promise<void>> {
  const client = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const database = drizzle(client, { schema, casing: 'snake_case' });
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2, schedule: false, maintenanceIntervalSeconds: 30 });
  boss.on('error', (e) => console.error('[updates] pg-boss:', e instanceof Error ? e.message : e));
  await boss.start();
  await ensureFanoutQueue(boss);
  await boss.work<FanoutJob>(FANOUT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    const started = Date.now();
    const report = await fanOutUpdate(job.data.updateId, { database, maxPages: PAGES_PER_JOB });
    // The rest goes to a fresh job: each job stays short, so a dead worker's job is retried soon.
    // Sent before this job completes; if the worker dies in between, this job is retried too, and
    // the two take turns on the update's row lock and cursor, so nobody is queued twice.
    if (report.status === 'more') await boss.send(FANOUT_QUEUE, job.data);
    // Started early (another clock, or rescheduled later): come back when it is due.
    if (report.status === 'not_due') await boss.send(FANOUT_QUEUE, job.data, { startAfter: report.dueAt! });
    log(`[updates] update ${job.data.updateId}: ${report.status}, ${report.queued} queued in ${report.pages} pages, ${Date.now() - started} ms`);
  });
  log('[updates] fan-out worker started');
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    await client.end({ timeout: 5 });
  };
}
