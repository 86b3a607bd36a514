import 'server-only';
import { db } from '@/db/client';
import type { Actor } from '@/lib/actor';
import { retryFailed } from '@/lib/mail/outbox';
import { recordChange } from '@/lib/audit/log';
import { isUuid } from '@/lib/forms/form-input';

export type RetryOutcome = { ok: true } | { ok: false; reason: 'not_found' | 'not_failed' | 'invalid_address' };

/** Queues a failed message again (the mail pipeline's retryFailed), with its audit entry in the same transaction. */
export async function retryMessage(actor: Actor, messageId: string): Promise<RetryOutcome> {
  if (!isUuid(messageId)) return { ok: false, reason: 'not_found' };
  return db().transaction(async (tx) => {
    const outcome = await retryFailed(messageId, tx);
    if (outcome.ok) {
      await recordChange(tx, actor, {
        action: 'update',
        entity: 'mail_messages',
        entityId: messageId,
        before: { status: 'failed' },
        after: { status: 'queued' },
      });
    }
    return outcome;
  });
}
