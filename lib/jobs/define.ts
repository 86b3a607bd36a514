import type PgBoss from 'pg-boss';
import type { Database } from '@/db/client';

export type JobContext = {
  /** The worker's own database handle (not the web process's `db()`). */
  database: Database;
  log: (line: string) => void;
};

/**
 * A kind of background job: a pg-boss queue, what to do with one job of it, and optionally a cron
 * schedule (UTC) on which the worker queues one job by itself. Domain folders define their kinds
 * (`lib/petitions/jobs.ts`, …) and `lib/worker/kinds.ts` lists them for the worker.
 */
export type JobKind<T extends object = Record<string, never>> = {
  name: string;
  /** Retry and expiry, kept on the queue so every process enqueues alike. */
  policy?: Omit<PgBoss.Queue, 'name'>;
  cron?: string;
  /** Jobs of this kind run at the same time in one worker process (default 1). */
  concurrency?: number;
  run: (data: T, context: JobContext) => Promise<void>;
};

export function defineJob<T extends object = Record<string, never>>(kind: JobKind<T>): JobKind<T> {
  return kind;
}

/** Creates the kind's queue when missing; a worker (`update`) also brings its policy up to date. */
export async function ensureQueue(boss: PgBoss, name: string, policy: Omit<PgBoss.Queue, 'name'> = {}, { update = false } = {}): Promise<void> {
  const existing = await boss.getQueue(name);
  if (!existing) {
    await boss.createQueue(name, { name, ...policy });
    return;
  }
  const changed = (Object.keys(policy) as (keyof typeof policy)[]).some((key) => existing[key] !== policy[key]);
  if (update && changed) await boss.updateQueue(name, { name, ...policy });
}
