import PgBoss from 'pg-boss';
import type { MailSettings } from './settings';

/** The pg-boss queue that carries one job per mail batch. */
export const MAIL_QUEUE = 'mail-delivery';

export type MailJob = { batchId: string };

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
  const policy = queuePolicy(settings);
  const existing = await boss.getQueue(MAIL_QUEUE);
  if (!existing) await boss.createQueue(MAIL_QUEUE, policy);
  else if (
    update &&
    (existing.retryLimit !== policy.retryLimit ||
      existing.retryDelay !== policy.retryDelay ||
      existing.retryBackoff !== policy.retryBackoff ||
      existing.expireInSeconds !== policy.expireInSeconds)
  ) {
    await boss.updateQueue(MAIL_QUEUE, policy);
  }
}

let producer: { url: string; boss: Promise<PgBoss> } | undefined;

/**
 * The pg-boss instance a web process enqueues through: made on the first message, never at import,
 * so `next build` needs no database. It only installs pg-boss's schema and the queue; the jobs
 * themselves are written on the caller's connection, inside the caller's transaction.
 */
export function producerBoss(databaseUrl: string, settings: MailSettings): Promise<PgBoss> {
  if (producer && producer.url === databaseUrl) return producer.boss;
  const boss = (async () => {
    const instance = new PgBoss({ connectionString: databaseUrl, max: 2, supervise: false, schedule: false, migrate: true });
    instance.on('error', (e) => console.error('[mail] pg-boss:', e instanceof Error ? e.message : e));
    await instance.start();
    await ensureMailQueue(instance, settings);
    return instance;
  })();
  producer = { url: databaseUrl, boss };
  boss.catch(() => {
    if (producer?.boss === boss) producer = undefined;
  });
  return boss;
}

/** Closes the producer's pool; for tests and scripts that end. */
export async function closeProducer(): Promise<void> {
  const current = producer;
  producer = undefined;
  if (current) await (await current.boss.catch(() => null))?.stop({ graceful: false, wait: true });
}
