import { pgBossDb, type Executor } from '@/db/tx';
import { ensureQueue, parsePayload, type JobKind } from './define';
import { producerWithQueue } from './producer';

export type EnqueueOptions = {
  /** Not before this moment (or this many seconds from now). */
  startAfter?: Date | number;
  /**
   * On a queue of policy 'short', while a job with this key waits another is not queued (see
   * pg-boss's queue policies for 'singleton' and 'stately').
   */
  singletonKey?: string;
};

/**
 * Queues one job of `kind` inside `executor`'s transaction: if the caller's action rolls back, the
 * job never existed. Returns the job's id, or null when a singleton key kept it from being queued.
 */
export async function enqueueJob<T extends object>(executor: Executor, kind: JobKind<T>, data: T, options: EnqueueOptions = {}): Promise<string | null> {
  const payload = parsePayload(kind, data);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set.');
  const boss = await producerWithQueue(url, kind.name, (b) => ensureQueue(b, kind.name, kind.policy));
  return boss.send(kind.name, payload, { ...options, db: pgBossDb(executor) });
}
