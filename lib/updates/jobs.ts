import type { Executor } from '@/db/tx';
import { z } from 'zod';
import { defineJob, type JobKind } from '@/lib/jobs/define';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { fanOutUpdate, PAGES_PER_JOB } from './fanout';

const fanoutPayload = z.object({ updateId: z.uuid() });
type FanoutJob = z.infer<typeof fanoutPayload>;

/**
 * Turns a published update into one outbox message per subscriber, PAGES_PER_JOB pages per job. The
 * job only writes the outbox; the mail worker delivers at the provider's rate.
 */
export const updateFanout: JobKind<FanoutJob> = defineJob<FanoutJob>({
  name: 'case-update-fanout',
  payload: fanoutPayload,
  // A job writes at most PAGES_PER_JOB pages (seconds); one still active after two minutes is taken
  // for dead and retried, and the retry resumes at the update's cursor.
  policy: { retryLimit: 20, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  async run({ updateId }, { database, log }) {
    const started = Date.now();
    const report = await fanOutUpdate(updateId, { database, maxPages: PAGES_PER_JOB });
    // The rest goes to a fresh job, so each job stays short and a dead worker's job is retried soon.
    // If the worker dies between this and completing, this job is retried too: the two take turns on
    // the update's row lock and cursor, and the idempotency keys queue nobody twice.
    if (report.status === 'more') await enqueueJob(database, updateFanout, { updateId });
    // Started early (another clock, or rescheduled later): come back when it is due.
    if (report.status === 'not_due') await enqueueJob(database, updateFanout, { updateId }, { startAfter: report.dueAt! });
    log(`[updates] update ${updateId}: ${report.status}, ${report.queued} queued in ${report.pages} pages, ${Date.now() - started} ms`);
  },
});

/** Queues the fan-out of an update inside the caller's transaction, to start at `startAfter`. */
export async function enqueueFanout(tx: Executor, updateId: string, startAfter: Date): Promise<void> {
  await enqueueJob(tx, updateFanout, { updateId }, { startAfter });
}

export const updateJobs = [updateFanout];
