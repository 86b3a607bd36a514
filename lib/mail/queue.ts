import PgBoss from 'pg-boss';
import { z } from 'zod';
import { ensureQueue } from '@/lib/jobs/define';
import { closeProducer, producerWithQueue } from '@/lib/jobs/producer';
import type { MailSettings } from './settings';

/** The pg-boss queue that carries one job per mail batch. */
export const MAIL_QUEUE = 'mail-delivery';

/** A delivery job's payload, checked when the job runs (see lib/jobs/define.ts). */
export const mailJob = z.object({ batchId: z.uuid() });
export type MailJob = z.infer<typeof mailJob>;

/** Retry and expiry of delivery jobs, kept on the queue so every process enqueues alike. */
export function queuePolicy(settings: MailSettings): PgBoss.Queue {
  return {
    name: MAIL_QUEUE,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.jobTimeoutSeconds,
  };
}

/** Creates the queue when missing; a worker (`update`) also brings its policy up to date. */
export async function ensureMailQueue(boss: PgBoss, settings: MailSettings, { update = false } = {}): Promise<void> {
  const { name, ...policy } = queuePolicy(settings);
  await ensureQueue(boss, name, policy, { update });
}

/** The web process's pg-boss producer, with the mail queue in place. */
export function producerBoss(databaseUrl: string, settings: MailSettings): Promise<PgBoss> {
  return producerWithQueue(databaseUrl, MAIL_QUEUE, (boss) => ensureMailQueue(boss, settings));
}

export { closeProducer };
