import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { letterActions, letterDeliveries, letters, type LetterActionRow } from '@/db/schema';
import type { Localized } from '@/lib/i18n/locales';
import { enqueueJob } from '@/lib/jobs/enqueue';
import type { Tx } from '@/db/tx';
import { letterDelivery, PENDING_DAYS } from './jobs';
import { loadTargets, type Target } from './targets';
import { isWellFormedToken, letterTokenHash } from './tokens';

export { PENDING_DAYS } from './jobs';

export type ConfirmOutcome =
  | { status: 'invalid' }
  | {
      status: 'confirmed' | 'expired';
      action: { slug: string; title: Localized };
      /** Targets this letter goes (or went) to. */
      sending: Target[];
      /** Targets this person had already written to in this action: nothing is sent to them again. */
      already: Target[];
    };

/**
 * Confirms the letter a link names and queues it for each target this person has not written to yet
 * in this action (the one-letter rule is the deliveries' unique key). Idempotent: following the link
 * again, or after a mail scanner followed it first, changes nothing and gives the same answer.
 */
export async function confirmLetter(token: string, now = new Date()): Promise<ConfirmOutcome> {
  if (!isWellFormedToken(token)) return { status: 'invalid' };
  return db().transaction(async (tx) => {
    const [found] = await tx
      .select({ letter: letters, action: letterActions })
      .from(letters)
      .innerJoin(letterActions, eq(letters.actionId, letterActions.id))
      .where(eq(letters.confirmTokenHash, letterTokenHash(token)))
      .for('update', { of: letters });
    if (!found) return { status: 'invalid' } as const;
    const { letter, action } = found;
    const answer = async (status: 'confirmed' | 'expired') => {
      const mine = await tx.select({ target: letterDeliveries.target }).from(letterDeliveries).where(eq(letterDeliveries.letterId, letter.id));
      const targets = await loadTargets(tx, letter.targets);
      const ownKeys = new Set(mine.map((m) => m.target));
      const list = letter.targets.map((k) => targets.get(k)).filter((t): t is Target => t !== undefined);
      return {
        status,
        action: { slug: action.slug, title: action.title },
        sending: status === 'confirmed' ? list.filter((t) => ownKeys.has(t.key)) : [],
        already: status === 'confirmed' ? list.filter((t) => !ownKeys.has(t.key)) : [],
      };
    };
    if (letter.status === 'confirmed') return answer('confirmed');
    if (letter.status === 'expired' || now.getTime() - letter.createdAt.getTime() > PENDING_DAYS * 86_400_000) {
      if (letter.status === 'pending') await tx.update(letters).set({ status: 'expired', expiredAt: now }).where(eq(letters.id, letter.id));
      return answer('expired');
    }
    await tx.update(letters).set({ status: 'confirmed', confirmedAt: now }).where(eq(letters.id, letter.id));
    if (letter.targets.length > 0) {
      const queued = await tx
        .insert(letterDeliveries)
        .values(
          letter.targets.map((target) => ({
            letterId: letter.id,
            actionId: action.id,
            target,
            canonicalEmail: letter.canonicalEmail,
            // A letter caught by an abuse rule is kept for organisers to see, and never sent.
            status: letter.flagged ? ('held' as const) : ('queued' as const),
            queuedAt: now,
          })),
        )
        .onConflictDoNothing({ target: [letterDeliveries.actionId, letterDeliveries.target, letterDeliveries.canonicalEmail] })
        .returning({ id: letterDeliveries.id, status: letterDeliveries.status });
      if (queued.some((q) => q.status === 'queued') && action.mode === 'each') await queueDelivery(tx, action);
    }
    return answer('confirmed');
  });
}

/** Asks the worker to deliver what this action's pace allows now (the minute job would anyway). */
async function queueDelivery(tx: Tx, action: Pick<LetterActionRow, 'id'>) {
  await enqueueJob(tx, letterDelivery, { actionId: action.id });
}
