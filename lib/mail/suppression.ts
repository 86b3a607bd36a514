import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { mailSuppressions, type SuppressionReason } from '@/db/schema';
import { normalizeAddress } from './address';
import type { Executor } from '@/db/tx';

/**
 * Stops mail to an address: on one list (an unsubscribe), or on every list and every kind of mail
 * when `listId` is null (a bounce, a complaint, an organiser's decision). Suppressing twice is fine.
 */
export async function suppress(
  input: { email: string; reason: SuppressionReason; listId?: string | null; note?: string },
  executor: Executor = db(),
): Promise<void> {
  await executor
    .insert(mailSuppressions)
    .values({ email: normalizeAddress(input.email), reason: input.reason, listId: input.listId ?? null, note: input.note })
    .onConflictDoNothing();
}

/** Lifts a suppression, e.g. when someone subscribes again on purpose. */
export async function unsuppress(email: string, listId: string | null, executor: Executor = db()): Promise<void> {
  await executor
    .delete(mailSuppressions)
    .where(and(eq(mailSuppressions.email, normalizeAddress(email)), listId === null ? isNull(mailSuppressions.listId) : eq(mailSuppressions.listId, listId)));
}

/**
 * Which of these addresses must not get a message of `listId` (null: transactional mail). A
 * suppression on every list blocks all mail; one on a list blocks only that list.
 */
export async function suppressedAmong(emails: string[], listId: string | null, executor: Executor = db()): Promise<Set<string>> {
  const wanted = [...new Set(emails.map(normalizeAddress))];
  const found = new Set<string>();
  for (let i = 0; i < wanted.length; i += 5000) {
    const chunk = wanted.slice(i, i + 5000);
    const rows = await executor
      .select({ email: mailSuppressions.email })
      .from(mailSuppressions)
      .where(
        and(
          inArray(mailSuppressions.email, chunk),
          listId === null ? isNull(mailSuppressions.listId) : or(isNull(mailSuppressions.listId), eq(mailSuppressions.listId, listId)),
        ),
      );
    for (const row of rows) found.add(row.email);
  }
  return found;
}

export async function isSuppressed(email: string, listId: string | null, executor: Executor = db()): Promise<boolean> {
  return (await suppressedAmong([email], listId, executor)).size > 0;
}
