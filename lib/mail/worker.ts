import { drizzle } from 'drizzle-orm/postgres-js';
import PgBoss from 'pg-boss';
import { connectionUrl, openPostgres } from '@/db/connection';
import * as schema from '@/db/schema';
import { deliverBatch, RetryLater, type DeliveryContext } from './deliver';
import { ensureMailQueue, MAIL_QUEUE, mailJob, type MailJob } from './queue';
import { RateLimiter } from './rate-limit';
import { mailSettings, type MailSettings } from './settings';
import { createTransport, type Transport } from './transport';

export type MailWorkerOptions = Partial<MailSettings> & {
  /** How often an idle worker looks for new jobs; also the longest a fresh message waits. */
  pollingIntervalSeconds?: number;
  /** First in-process backoff between attempts when the provider gives no hint. */
  backoffMs?: number;
  transport?: Transport;
  log?: (line: string) => void;
};

/**
 * Starts delivering queued mail from `databaseUrl`: `MAIL_CONCURRENCY` jobs at a time, at most
 * `MAIL_RATE_PER_SECOND` provider requests per second. Any number of workers may run against one
 * database. Returns a function that stops the worker, letting running jobs finish.
 */
export async function startMailWorker(databaseUrl: string, options: MailWorkerOptions = {}): Promise<() => Promise<void>> {
  const settings = { ...mailSettings(), ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as MailSettings;
  const log = options.log ?? ((line: string) => console.log(line));
  const jobTimeoutMs = settings.jobTimeoutSeconds * 1000;

  const client = openPostgres(databaseUrl, { max: settings.concurrency + 1 });
  const database = drizzle(client, { schema, casing: 'snake_case' });
  const boss = new PgBoss({
    connectionString: connectionUrl(databaseUrl),
    max: Math.max(2, Math.ceil(settings.concurrency / 2)),
    schedule: false,
    // Maintenance is what notices a job whose worker died and hands it to another one.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(settings.jobTimeoutSeconds / 2))),
  });
  boss.on('error', (e) => console.error('[mail] pg-boss:', e instanceof Error ? e.message : e));
  await boss.start();
  await ensureMailQueue(boss, settings, { update: true });
  // A job left active by a worker killed earlier is retried now rather than after a full interval.
  await boss.maintain();

  const context: DeliveryContext = {
    database,
    transport: options.transport ?? createTransport(database, settings.resendApiKey),
    limiter: new RateLimiter(settings.ratePerSecond),
    // Together these stay well inside the job's expiry, so a live job is never taken for dead.
    requestTimeoutMs: Math.min(30_000, jobTimeoutMs / 4),
    attemptBudgetMs: jobTimeoutMs / 2,
    backoffMs: options.backoffMs ?? 1000,
    log,
    appUrl: settings.appUrl,
  };

  const handle = async ([job]: PgBoss.JobWithMetadata<MailJob>[]) => {
    if (!job) return;
    const finalAttempt = job.retryCount >= job.retryLimit;
    const payload = mailJob.safeParse(job.data);
    if (!payload.success) throw new Error(`[mail] job ${job.id}: invalid payload (${payload.error.issues[0]?.message}).`);
    try {
      await deliverBatch(context, payload.data.batchId, { finalAttempt });
    } catch (error) {
      if (!(error instanceof RetryLater)) console.error(`[mail] batch ${payload.data.batchId}:`, error);
      throw error;
    }
  };
  for (let i = 0; i < settings.concurrency; i += 1) {
    await boss.work<MailJob>(
      MAIL_QUEUE,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5 },
      handle,
    );
  }
  log(`[mail] worker started: ${context.transport.name}, ${settings.concurrency} at a time, ${settings.ratePerSecond} requests/s`);

  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    await boss.stop({ graceful: true, wait: true, timeout: Math.min(30_000, jobTimeoutMs) });
    await client.end({ timeout: 5 });
  };
}
