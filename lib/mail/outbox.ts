import { randomUUID } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { mailBatches, mailMessages, type MailStatus } from '@/db/schema';
import { isDeliverableAddress } from './address';
import { pgBossDb, type Executor } from '@/db/tx';
import { MAIL_QUEUE, producerBoss, type MailJob } from './queue';
import { mailSettings } from './settings';

export type OutboxEntry = Pick<
  typeof mailMessages.$inferSelect,
  'id' | 'template' | 'locale' | 'to' | 'stream' | 'subject' | 'listId' | 'status' | 'attempts' | 'lastError' | 'providerId' | 'batchId' | 'createdAt' | 'sentAt'
>;

/** The outbox, newest first, for the organiser dashboard: what was sent, what waits, what failed and why. */
export async function listOutbox(
  { status, limit = 50, offset = 0 }: { status?: MailStatus; limit?: number; offset?: number } = {},
  executor: Executor = db(),
): Promise<OutboxEntry[]> {
  return executor
    .select({
      id: mailMessages.id,
      template: mailMessages.template,
      locale: mailMessages.locale,
      to: mailMessages.to,
      stream: mailMessages.stream,
      subject: mailMessages.subject,
      listId: mailMessages.listId,
      status: mailMessages.status,
      attempts: mailMessages.attempts,
      lastError: mailMessages.lastError,
      providerId: mailMessages.providerId,
      batchId: mailMessages.batchId,
      createdAt: mailMessages.createdAt,
      sentAt: mailMessages.sentAt,
    })
    .from(mailMessages)
    .where(status ? eq(mailMessages.status, status) : undefined)
    .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id))
    .limit(Math.min(Math.max(limit, 1), 500))
    .offset(offset);
}

/** How many messages are in each state. */
export async function outboxCounts(executor: Executor = db()): Promise<Record<MailStatus, number>> {
  const rows = await executor.select({ status: mailMessages.status, n: count() }).from(mailMessages).groupBy(mailMessages.status);
  const counts: Record<MailStatus, number> = { queued: 0, sent: 0, failed: 0, suppressed: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/**
 * Queues a failed message again, alone, under a new idempotency key (the old request is known to
 * have failed). An invalid address stays failed: it would only fail again.
 */
export async function retryFailed(
  id: string,
  executor: Executor = db(),
): Promise<{ ok: true } | { ok: false; reason: 'not_found' | 'not_failed' | 'invalid_address' }> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: mail cannot be queued.');
  const boss = await producerBoss(databaseUrl, mailSettings());
  return executor.transaction(async (tx) => {
    const [message] = await tx.select().from(mailMessages).where(eq(mailMessages.id, id)).for('update');
    if (!message) return { ok: false, reason: 'not_found' } as const;
    if (message.status !== 'failed') return { ok: false, reason: 'not_failed' } as const;
    if (!isDeliverableAddress(message.to)) return { ok: false, reason: 'invalid_address' } as const;
    const batchId = randomUUID();
    await tx.insert(mailBatches).values({ id: batchId, stream: message.stream, idempotencyKey: `yntymaq-mail-${batchId}` });
    await tx
      .update(mailMessages)
      .set({ status: 'queued', batchId, lastError: null, updatedAt: new Date() })
      .where(and(eq(mailMessages.id, id), eq(mailMessages.status, 'failed')));
    await boss.insert([{ name: MAIL_QUEUE, data: { batchId } satisfies MailJob }], { db: pgBossDb(tx) });
    return { ok: true } as const;
  });
}
