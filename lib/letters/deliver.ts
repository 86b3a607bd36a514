import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { letterActions, letterDeliveries, letterDigests, letters, mailSuppressions, type LetterActionRow } from '@/db/schema';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { normalizeAddress } from '@/lib/mail/address';
import type { Tx } from '@/db/tx';
import { sendLetterDigest, sendLetterToTarget, signer } from './mail';
import { loadTargets, pauseTargetsAddressed, targetName, type Target } from './targets';

type Queryable = Database | Tx;

/** The most letters one digest lists; the rest go in the next day's. */
export const DIGEST_MAX_LETTERS = 500;
/** The language of a digest's own words: the letters inside keep theirs. */
const DIGEST_LOCALE: Locale = 'en';

/** Actions × targets with letters waiting, in `mode`. */
async function waiting(database: Queryable, mode: LetterActionRow['mode'], actionId?: string) {
  return database
    .selectDistinct({ actionId: letterDeliveries.actionId, target: letterDeliveries.target })
    .from(letterDeliveries)
    .innerJoin(letterActions, eq(letterActions.id, letterDeliveries.actionId))
    .where(
      and(
        eq(letterDeliveries.status, 'queued'),
        eq(letterActions.mode, mode),
        ne(letterActions.status, 'draft'),
        actionId ? eq(letterDeliveries.actionId, actionId) : undefined,
      ),
    );
}

/**
 * Whether letters may go to this target now: it has an address, is not paused, and its address
 * has not bounced or complained. An address on the suppression list pauses the target here too, so
 * a bounce pauses it even when the webhook's own pause did not run.
 */
async function readyTarget(tx: Tx, key: string): Promise<(Target & { email: string }) | null> {
  const target = (await loadTargets(tx, [key])).get(key);
  if (!target?.email || target.paused) return null;
  const [suppressed] = await tx
    .select({ reason: mailSuppressions.reason })
    .from(mailSuppressions)
    .where(and(eq(mailSuppressions.email, normalizeAddress(target.email)), isNull(mailSuppressions.listId)))
    .limit(1);
  if (suppressed) {
    await pauseTargetsAddressed(tx, target.email, suppressed.reason);
    return null;
  }
  return target as Target & { email: string };
}

export type DeliveryReport = { sent: number; waiting: number };

/**
 * Hands queued letters of actions in `each` mode to the outbox, paced per target: one target gets at
 * most the action's `perHour` letters of it in any hour; the rest wait for the next run (the
 * `letter-delivery` job runs every minute and right after a confirmation). Each (action, target) is
 * one transaction; rows are taken with SKIP LOCKED, so concurrent runs never send a letter twice,
 * and the outbox's idempotency key would refuse it anyway.
 */
export async function deliverDueLetters(database: Database, options: { actionId?: string; now?: Date } = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const report: DeliveryReport = { sent: 0, waiting: 0 };
  for (const group of await waiting(database, 'each', options.actionId)) {
    await database.transaction(async (tx) => {
      const [action] = await tx.select().from(letterActions).where(eq(letterActions.id, group.actionId));
      const target = action ? await readyTarget(tx, group.target) : null;
      const [queuedCount] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(letterDeliveries)
        .where(and(eq(letterDeliveries.actionId, group.actionId), eq(letterDeliveries.target, group.target), eq(letterDeliveries.status, 'queued')));
      if (!action || !target) {
        report.waiting += queuedCount?.n ?? 0;
        return;
      }
      const [recent] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(letterDeliveries)
        .where(
          and(
            eq(letterDeliveries.actionId, action.id),
            eq(letterDeliveries.target, group.target),
            eq(letterDeliveries.status, 'sent'),
            gt(letterDeliveries.sentAt, new Date(now.getTime() - 3_600_000)),
          ),
        );
      const room = Math.max(0, action.perHour - (recent?.n ?? 0));
      if (room > 0) {
        const due = await tx
          .select({ delivery: letterDeliveries, letter: letters })
          .from(letterDeliveries)
          .innerJoin(letters, eq(letters.id, letterDeliveries.letterId))
          .where(and(eq(letterDeliveries.actionId, action.id), eq(letterDeliveries.target, group.target), eq(letterDeliveries.status, 'queued')))
          .orderBy(asc(letterDeliveries.queuedAt), asc(letterDeliveries.id))
          .limit(room)
          .for('update', { of: letterDeliveries, skipLocked: true });
        for (const { delivery, letter } of due) {
          const locale = isLocale(letter.locale) ? letter.locale : 'en';
          const mail = await sendLetterToTarget(tx, {
            deliveryId: delivery.id,
            to: target.email,
            target: targetName(target, locale),
            action: pickText(action.title, locale)!,
            letter: { ...letter, locale },
          });
          await tx.update(letterDeliveries).set({ status: 'sent', sentAt: now, mailMessageId: mail.id }).where(eq(letterDeliveries.id, delivery.id));
        }
        report.sent += due.length;
      }
      report.waiting += (queuedCount?.n ?? 0) - Math.min(room, queuedCount?.n ?? 0);
    });
  }
  return report;
}

export type DigestReport = { digests: number; letters: number };

/**
 * The daily digest of actions in `digest` mode: one mail per target listing the letters waiting
 * for it, with their full texts attached as one file (emails/letter-digest.tsx). A target gets one digest a day (`force`: an organiser's "send now" does not
 * wait for the day to pass).
 */
export async function sendDigests(database: Database, options: { actionId?: string; now?: Date; force?: boolean } = {}): Promise<DigestReport> {
  const now = options.now ?? new Date();
  const report: DigestReport = { digests: 0, letters: 0 };
  for (const group of await waiting(database, 'digest', options.actionId)) {
    await database.transaction(async (tx) => {
      const [action] = await tx.select().from(letterActions).where(eq(letterActions.id, group.actionId)).for('update');
      if (!action) return;
      const target = await readyTarget(tx, group.target);
      if (!target) return;
      if (!options.force) {
        const [recent] = await tx
          .select({ id: letterDigests.id })
          .from(letterDigests)
          .where(and(eq(letterDigests.actionId, action.id), eq(letterDigests.target, group.target), gt(letterDigests.sentAt, new Date(now.getTime() - 20 * 3_600_000))))
          .limit(1);
        if (recent) return;
      }
      const due = await tx
        .select({ delivery: letterDeliveries, letter: letters })
        .from(letterDeliveries)
        .innerJoin(letters, eq(letters.id, letterDeliveries.letterId))
        .where(and(eq(letterDeliveries.actionId, action.id), eq(letterDeliveries.target, group.target), eq(letterDeliveries.status, 'queued')))
        .orderBy(asc(letterDeliveries.queuedAt), asc(letterDeliveries.id))
        .limit(DIGEST_MAX_LETTERS)
        .for('update', { of: letterDeliveries, skipLocked: true });
      if (due.length === 0) return;
      const [digest] = await tx.insert(letterDigests).values({ actionId: action.id, target: group.target, letters: due.length, sentAt: now }).returning();
      const mail = await sendLetterDigest(tx, {
        digestId: digest!.id,
        to: target.email,
        target: targetName(target, DIGEST_LOCALE),
        action: pickText(action.title, DIGEST_LOCALE)!,
        locale: DIGEST_LOCALE,
        date: now.toISOString().slice(0, 10),
        letters: due.map(({ letter }) => ({
          ...signer(letter, DIGEST_LOCALE),
          body: letter.body,
          writtenOn: (letter.confirmedAt ?? letter.createdAt).toISOString().slice(0, 10),
        })),
      });
      await tx.update(letterDigests).set({ mailMessageId: mail.id }).where(eq(letterDigests.id, digest!.id));
      await tx
        .update(letterDeliveries)
        .set({ status: 'sent', sentAt: now, digestId: digest!.id, mailMessageId: mail.id })
        .where(inArray(letterDeliveries.id, due.map((d) => d.delivery.id)));
      report.digests += 1;
      report.letters += due.length;
    });
  }
  return report;
}
