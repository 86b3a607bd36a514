import type PgBoss from 'pg-boss';
import { pgBossDb, type Executor } from '@/lib/mail/database';
import { producerBoss } from '@/lib/mail/queue';
import { mailSettings } from '@/lib/mail/settings';

/** One job per update: turns it into one outbox message per subscriber, page by page. */
export const FANOUT_QUEUE = 'case-update-fanout';
export type FanoutJob = { updateId: string };

export const fanoutPolicy: PgBoss.Queue = {
  name: FANOUT_QUEUE,
  retryLimit: 20,
  retryDelay: 5,
  retryBackoff: true,
  // One job writes at most PAGES_PER_JOB pages (seconds); one still active after two minutes is
  // taken for dead and retried, and the retry resumes at the update's cursor.
  expireInSeconds: 120,
};

export async function ensureFanoutQueue(boss: PgBoss): Promise<void> {
  if (!(await boss.getQueue(FANOUT_QUEUE))) await boss.createQueue(FANOUT_QUEUE, fanoutPolicy);
}

let ready: { url: string; boss: Promise<PgBoss> } | undefined;

/**
 * Queues the fan-out of an update inside the caller's transaction, to start at `startAfter` (a
 * scheduled update). The singleton key keeps one pending job per update however often it is queued.
 */
export async function enqueueFanout(tx: Executor, updateId: string, startAfter: Date): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: updates cannot be queued.');
  if (ready?.url !== databaseUrl) {
    const boss = producerBoss(databaseUrl, mailSettings()).then(async (b) => {
      await ensureFanoutQueue(b);
      return b;
    });
    ready = { url: databaseUrl, boss };
  }
  const current = ready;
  const boss = await current.boss.catch((e) => {
    if (ready === current) ready = undefined;
    throw e;
  });
  await boss.insert([{ name: FANOUT_QUEUE, data: { updateId } satisfies FanoutJob, startAfter, singletonKey: `fanout-${updateId}-${startAfter.getTime()}` }], {
    db: pgBossDb(tx),
  });
}
