import { drizzle } from 'drizzle-orm/postgres-js';
import PgBoss from 'pg-boss';
import { connectionUrl, openPostgres } from '@/db/connection';
import * as schema from '@/db/schema';
import { startMailWorker, type MailWorkerOptions } from '@/lib/mail/worker';
import { ensureQueue, parsePayload, type AnyJobKind } from '@/lib/jobs/define';
import { jobKinds } from './kinds';

export type JobWorkerOptions = {
  kinds?: AnyJobKind[];
  /** How often an idle worker looks for new jobs. */
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
};

/**
 * Runs every job kind but mail (which has its own worker, for its rate limit): queues created, cron
 * schedules registered, `concurrency` handlers per kind. pg-boss hands each job to one worker, so any
 * number of processes may run this against one database. Returns a function that stops it.
 */
export async function startJobWorker(databaseUrl: string, options: JobWorkerOptions = {}): Promise<() => Promise<void>> {
  const kinds = options.kinds ?? jobKinds;
  const log = options.log ?? ((line: string) => console.log(line));
  const client = openPostgres(databaseUrl, { max: 4 });
  const database = drizzle(client, { schema, casing: 'snake_case' });
  const boss = new PgBoss({ connectionString: connectionUrl(databaseUrl), max: 4, schedule: kinds.some((k) => k.cron) });
  boss.on('error', (e) => console.error('[jobs] pg-boss:', e instanceof Error ? e.message : e));
  await boss.start();

  for (const kind of kinds) {
    await ensureQueue(boss, kind.name, kind.policy, { update: true });
    if (kind.cron) await boss.schedule(kind.name, kind.cron, {}, { tz: 'UTC' });
    const handle = async ([job]: PgBoss.Job<object>[]) => {
      if (!job) return;
      try {
        await kind.run(parsePayload(kind, job.data), { database, log });
      } catch (error) {
        console.error(`[jobs] ${kind.name} ${job.id}:`, error);
        throw error;
      }
    };
    for (let i = 0; i < (kind.concurrency ?? 1); i += 1) {
      await boss.work(kind.name, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, handle);
    }
  }
  log(`[jobs] worker started: ${kinds.map((k) => k.name + (k.cron ? ` (${k.cron})` : '')).join(', ')}`);

  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    await client.end({ timeout: 5 });
  };
}

/** The mail worker and the job worker together, as `npm start`, `npm run worker` and the e2e server run them. */
export async function startWorkers(
  databaseUrl: string,
  options: { mail?: MailWorkerOptions; jobs?: JobWorkerOptions } = {},
): Promise<() => Promise<void>> {
  // Jobs queue more work (mail, follow-up jobs) with enqueueMail/enqueueJob, which find the database
  // by DATABASE_URL, as web processes do: in this process it is the workers' database.
  process.env.DATABASE_URL = databaseUrl;
  const stopMail = await startMailWorker(databaseUrl, options.mail);
  const stopJobs = await startJobWorker(databaseUrl, options.jobs).catch(async (error: unknown) => {
    await stopMail();
    throw error;
  });
  return async () => {
    await Promise.all([stopJobs(), stopMail()]);
  };
}
