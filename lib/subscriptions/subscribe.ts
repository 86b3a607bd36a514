import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { cases, subscribers, subscriptions } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import type { Executor } from '@/db/tx';
import { unsuppress } from '@/lib/mail/suppression';
import { canonicalEmail } from '@/lib/email-address/canonical';
import { ALL_CASES, echoSubscribe, parseSubscribeInput, type SubscribeErrors, type SubscribeValues } from './forms';
import { preferencesUrl, sendConfirmSubscriptionMail } from './mail';
import { CONFIRM_DAYS, confirmTokenHash, newConfirmToken } from './tokens';

/** The one mail list of case updates: one-click unsubscribe leaves every case at once. */
export const UPDATES_LIST_ID = 'case-updates';

/** Confirmation mails one address may get for one case a day; more are quietly not sent. */
export const CONFIRM_MAILS_PER_DAY = 3;

export type SubscribeOutcome =
  /** The same answer for a new address, a pending one and one already subscribed. */
  | { ok: true }
  | { ok: false; errors: SubscribeErrors; values: SubscribeValues };

type CaseTarget = { id: string | null; name: (locale: Locale) => string };

async function findTarget(executor: Executor, slug: string): Promise<CaseTarget | null> {
  if (slug === ALL_CASES) return { id: null, name: () => '' };
  const [row] = await executor
    .select({ id: cases.id, name: cases.name })
    .from(cases)
    .where(and(eq(cases.slug, slug), eq(cases.published, true)));
  return row ? { id: row.id, name: (locale) => pickText(row.name, locale)! } : null;
}

/** Finds or makes the subscriber row of an address; an existing one keeps its language until they confirm. */
async function subscriberFor(tx: Executor, email: string, locale: Locale): Promise<{ id: string; email: string; locale: string }> {
  const canonical = canonicalEmail(email);
  const [row] = await tx
    .insert(subscribers)
    .values({ email, canonicalEmail: canonical, locale })
    .onConflictDoUpdate({ target: subscribers.canonicalEmail, set: { updatedAt: sql`${subscribers.updatedAt}` } })
    .returning({ id: subscribers.id, email: subscribers.email, locale: subscribers.locale });
  return row!;
}

const caseCondition = (caseId: string | null) => (caseId === null ? isNull(subscriptions.caseId) : eq(subscriptions.caseId, caseId));

/**
 * Double opt-in: stores a pending subscription and mails the confirmation link; nothing else is
 * ever sent to the address until the link is followed. Asking again mails a fresh link (a few times
 * a day at most). The answer never tells whether the address was already subscribed.
 */
export async function subscribe(raw: Record<string, unknown>, now = new Date()): Promise<SubscribeOutcome> {
  const parsed = parseSubscribeInput(raw);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoSubscribe(raw) };
  const { email, language, case: slug } = parsed.input;
  const target = await findTarget(db(), slug);
  if (!target) return { ok: false, errors: { case: 'unknownCase' }, values: echoSubscribe(raw) };

  await db().transaction(async (tx) => {
    const subscriber = await subscriberFor(tx, email, language);
    const [existing] = await tx
      .select()
      .from(subscriptions)
      .where(and(eq(subscriptions.subscriberId, subscriber.id), caseCondition(target.id)))
      .for('update');
    if (existing?.status === 'confirmed') return; // already following: say nothing different, send nothing
    const recent = existing && now.getTime() - existing.tokenSentAt.getTime() < 86_400_000;
    const sentToday = recent ? await confirmMailsToday(tx, existing.id) : 0;
    if (sentToday >= CONFIRM_MAILS_PER_DAY) return;
    const { token, hash } = newConfirmToken();
    const [row] = existing
      ? await tx
          .update(subscriptions)
          .set({ confirmTokenHash: hash, tokenSentAt: now })
          .where(eq(subscriptions.id, existing.id))
          .returning({ id: subscriptions.id })
      : await tx
          .insert(subscriptions)
          .values({ subscriberId: subscriber.id, caseId: target.id, confirmTokenHash: hash, tokenSentAt: now })
          .returning({ id: subscriptions.id });
    await sendConfirmSubscriptionMail(tx, {
      subscriptionId: row!.id,
      subscriberId: subscriber.id,
      email,
      language,
      caseName: target.id === null ? '' : target.name(language),
      token,
      tokenHash: hash,
      now,
    });
  });
  return { ok: true };
}

async function confirmMailsToday(tx: Executor, subscriptionId: string): Promise<number> {
  const [row] = await tx.execute<{ n: number }>(sql`
    select count(*)::int as n from mail_messages
    where idempotency_key like ${`confirm-subscription:${subscriptionId}:%`} and created_at > now() - interval '1 day'`);
  return row?.n ?? 0;
}

export type ConfirmOutcome =
  | { status: 'confirmed'; caseSlug: string | null; preferencesUrl: string }
  | { status: 'expired' | 'invalid' };

/**
 * Follows a confirmation link. Idempotent: a mail scanner that opens it first confirms, and the
 * person opening it afterwards sees the same thanks. A link older than CONFIRM_DAYS has expired.
 */
export async function confirmSubscription(token: string, language: Locale, now = new Date()): Promise<ConfirmOutcome> {
  const hash = confirmTokenHash(token);
  if (!hash) return { status: 'invalid' };
  return db().transaction(async (tx) => {
    const [found] = await tx
      .select({ subscription: subscriptions, subscriber: subscribers, slug: cases.slug })
      .from(subscriptions)
      .innerJoin(subscribers, eq(subscribers.id, subscriptions.subscriberId))
      .leftJoin(cases, eq(cases.id, subscriptions.caseId))
      .where(eq(subscriptions.confirmTokenHash, hash))
      .for('update', { of: subscriptions });
    if (!found) return { status: 'invalid' } as const;
    const { subscription, subscriber } = found;
    const answer = { status: 'confirmed', caseSlug: found.slug, preferencesUrl: preferencesUrl(subscriber.id, subscriber.locale as Locale, now) } as const;
    if (subscription.status === 'confirmed') return answer;
    if (now.getTime() - subscription.tokenSentAt.getTime() > CONFIRM_DAYS * 86_400_000) return { status: 'expired' } as const;
    await confirmInTransaction(tx, subscriber.id, subscription.caseId, subscriber.email, language, now);
    return { ...answer, preferencesUrl: preferencesUrl(subscriber.id, language, now) };
  });
}

/**
 * Makes a subscription confirmed, for a confirmation link or a petition signature whose address was
 * just confirmed. Subscribing on purpose lifts an earlier unsubscribe from the list.
 */
async function confirmInTransaction(tx: Executor, subscriberId: string, caseId: string | null, email: string, language: Locale, now: Date) {
  await tx
    .insert(subscriptions)
    .values({ subscriberId, caseId, status: 'confirmed', confirmedAt: now, confirmTokenHash: null })
    .onConflictDoUpdate({
      target: [subscriptions.subscriberId, subscriptions.caseId],
      set: { status: 'confirmed', confirmedAt: now, confirmTokenHash: sql`${subscriptions.confirmTokenHash}` },
    });
  await tx.update(subscribers).set({ locale: language, updatedAt: now }).where(eq(subscribers.id, subscriberId));
  await unsuppress(email, UPDATES_LIST_ID, tx);
}

/**
 * The petition opt-in: a signer who ticked "send me updates" and has just confirmed their address
 * follows the petition's case (or every case, for a campaign petition). Runs in the confirmation's
 * transaction, so both happen or neither.
 */
export async function subscribeConfirmedSigner(
  tx: Executor,
  signer: { email: string; locale: Locale; caseId: string | null },
  now = new Date(),
): Promise<void> {
  const subscriber = await subscriberFor(tx, signer.email, signer.locale);
  await confirmInTransaction(tx, subscriber.id, signer.caseId, subscriber.email, signer.locale, now);
}
