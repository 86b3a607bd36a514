import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Database } from '@/db/client';

export type JobContext = {
  /** The worker's own database handle (not the web process's `db()`). */
  database: Database;
  log: (line: string) => void;
};

/**
 * A kind of background job: a pg-boss queue, the zod schema of its payload, what to do with one job
 * of it, and optionally a cron schedule (UTC) on which the worker queues one job by itself. Domain
 * folders define their kinds (`lib/petitions/jobs.ts`, …) and `lib/worker/kinds.ts` lists them for
 * the worker. The payload is checked twice: when a job is queued (a bad one is never stored) and
 * when it runs (a job queued by an older version, or written by hand, is refused, not guessed at).
 */
export type JobKind<T extends object = Record<string, never>> = {
  name: string;
  payload: z.ZodType<T>;
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

/** A job kind of any payload, as the worker holds its list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind checks its own payload
export type AnyJobKind = JobKind<any>;

/** Thrown for a payload its kind's schema refuses; names the kind and the first bad field. */
export class InvalidJobPayload extends Error {
  constructor(kind: string, error: z.ZodError) {
    const issue = error.issues[0];
    super(`Job ${kind}: invalid payload${issue ? ` (${issue.path.join('.') || 'payload'}: ${issue.message})` : ''}.`);
    this.name = 'InvalidJobPayload';
  }
}

/** The job's data as its kind's schema reads it, or InvalidJobPayload. */
export function parsePayload<T extends object>(kind: JobKind<T>, data: unknown): T {
  const parsed = kind.payload.safeParse(data ?? {});
  if (!parsed.success) throw new InvalidJobPayload(kind.name, parsed.error);
  return parsed.data;
}

/** Creates the kind's queue when missing; a worker (`update`) also brings its policy up to date. */
export async function ensureQueue(boss: PgBoss, name: string, policy: Omit<PgBoss.Queue, 'name'> = {}, { update = false } = {}): Promise<void> {
  const existing = await boss.getQueue(name);
  if (!existing) {
    try {
      await boss.createQueue(name, { name, ...policy });
    } catch (e) {
      // Workers starting together race to create the same queue (PostgreSQL answers one of them
      // with a deadlock or a unique violation): the queue the other created is as good.
      for (let attempt = 0; attempt < 10; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (await boss.getQueue(name)) return;
      }
      throw e;
    }
    return;
  }
  const changed = (Object.keys(policy) as (keyof typeof policy)[]).some((key) => existing[key] !== policy[key]);
  if (update && changed) await boss.updateQueue(name, { name, ...policy });
}
