import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { cases, subscribers, subscriptions } from '@/db/schema';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { suppress, unsuppress } from '@/lib/mail/suppression';
import { readUnsubscribeToken } from '@/lib/mail/unsubscribe';
import { canonicalEmail } from '@/lib/email-address/canonical';
import { ALL_CASES, preferencesSchema } from './forms';
import { preferencesUrl, sendPreferencesLinkMail } from './mail';
import { UPDATES_LIST_ID } from './subscribe';
import { readPreferencesToken, type PreferencesTokenCheck } from './tokens';

export type Preferences = {
  subscriberId: string;
  locale: Locale;
  /** Slugs of the cases followed (confirmed), and `all` when following every case. */
  following: string[];
  /** Every published case, to add or drop. */
  cases: Array<{ slug: string; name: string }>;
};

export type PreferencesLookup = { ok: true; preferences: Preferences } | { ok: false; reason: 'invalid' | 'expired' };

async function check(token: string | null | undefined, now: Date): Promise<PreferencesTokenCheck> {
  const checked = readPreferencesToken(token, now);
  if (!checked.ok) return checked;
  const [row] = await db().select({ id: subscribers.id }).from(subscribers).where(eq(subscribers.id, checked.subscriberId));
  return row ? checked : { ok: false, reason: 'invalid' };
}

/** What a preference link shows. Changes nothing (mail scanners open links). */
export async function readPreferences(token: string | null | undefined, viewer: Locale, now = new Date()): Promise<PreferencesLookup> {
  const checked = await check(token, now);
  if (!checked.ok) return checked;
  const [subscriber] = await db().select().from(subscribers).where(eq(subscribers.id, checked.subscriberId));
  const [followed, published] = await Promise.all([
    db()
      .select({ slug: cases.slug, caseId: subscriptions.caseId })
      .from(subscriptions)
      .leftJoin(cases, eq(cases.id, subscriptions.caseId))
      .where(and(eq(subscriptions.subscriberId, checked.subscriberId), eq(subscriptions.status, 'confirmed'))),
    db().select({ slug: cases.slug, name: cases.name }).from(cases).where(eq(cases.published, true)).orderBy(asc(cases.slug)),
  ]);
  return {
    ok: true,
    preferences: {
      subscriberId: checked.subscriberId,
      locale: isLocale(subscriber!.locale) ? subscriber!.locale : 'en',
      following: followed.map((f) => (f.caseId === null ? ALL_CASES : f.slug!)),
      cases: published.map((c) => ({ slug: c.slug, name: pickText(c.name, viewer)! })),
    },
  };
}

export type SaveOutcome = { ok: true } | { ok: false; reason: 'invalid' | 'expired' } | { ok: false; reason: 'input'; error: 'invalidLanguage' };

/**
 * Saves a preference form: the language, and the exact set of cases followed. Cases added here are
 * confirmed at once: the signed link already proves the address. Following nothing leaves the list.
 */
export async function savePreferences(token: string, raw: { language?: unknown; follow?: unknown }, now = new Date()): Promise<SaveOutcome> {
  const checked = await check(token, now);
  if (!checked.ok) return checked;
  const parsed = preferencesSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'input', error: 'invalidLanguage' };
  const wanted = new Set(parsed.data.follow);
  await db().transaction(async (tx) => {
    const [subscriber] = await tx
      .update(subscribers)
      .set({ locale: parsed.data.language, updatedAt: now })
      .where(eq(subscribers.id, checked.subscriberId))
      .returning();
    const slugs = [...wanted].filter((s) => s !== ALL_CASES);
    const chosen = slugs.length
      ? await tx.select({ id: cases.id }).from(cases).where(and(inArray(cases.slug, slugs), eq(cases.published, true)))
      : [];
    const keepIds = chosen.map((c) => c.id);
    const keepAll = wanted.has(ALL_CASES);
    // Drop what is no longer wanted (pending requests included), then add what is new.
    const keep = [...(keepIds.length ? [inArray(subscriptions.caseId, keepIds)] : []), ...(keepAll ? [isNull(subscriptions.caseId)] : [])];
    await tx
      .delete(subscriptions)
      .where(and(eq(subscriptions.subscriberId, checked.subscriberId), keep.length ? sql`not coalesce(${or(...keep)}, false)` : undefined));
    const rows = [...keepIds.map((id) => id as string | null), ...(keepAll ? [null] : [])];
    if (rows.length) {
      await tx
        .insert(subscriptions)
        .values(rows.map((caseId) => ({ subscriberId: checked.subscriberId, caseId, status: 'confirmed' as const, confirmedAt: now })))
        .onConflictDoUpdate({ target: [subscriptions.subscriberId, subscriptions.caseId], set: { status: 'confirmed', confirmedAt: now } });
      await unsuppress(subscriber!.email, UPDATES_LIST_ID, tx);
    } else {
      await suppress({ email: subscriber!.email, listId: UPDATES_LIST_ID, reason: 'unsubscribe' }, tx);
    }
  });
  return { ok: true };
}

/**
 * Leaves everything: every subscription goes, and the address is suppressed on the updates list,
 * so a send already running skips it too (delivery checks suppressions before each batch).
 */
export async function leaveEverything(token: string, now = new Date()): Promise<{ ok: true } | { ok: false; reason: 'invalid' | 'expired' }> {
  const checked = await check(token, now);
  if (!checked.ok) return checked;
  await db().transaction(async (tx) => {
    const [subscriber] = await tx.select().from(subscribers).where(eq(subscribers.id, checked.subscriberId));
    await tx.delete(subscriptions).where(eq(subscriptions.subscriberId, checked.subscriberId));
    await suppress({ email: subscriber!.email, listId: UPDATES_LIST_ID, reason: 'unsubscribe' }, tx);
  });
  return { ok: true };
}

/**
 * Mails a fresh preference link to an address, if it is a subscriber's; the answer is the same
 * either way. One mail per address an hour (the idempotency key carries the hour).
 */
export async function requestPreferencesLink(email: string, locale: Locale, now = new Date()): Promise<{ ok: true } | { ok: false; error: 'invalidEmail' }> {
  const address = email.trim();
  if (!z.email().max(254).safeParse(address).success) return { ok: false, error: 'invalidEmail' };
  const [subscriber] = await db().select().from(subscribers).where(eq(subscribers.canonicalEmail, canonicalEmail(address)));
  if (!subscriber) return { ok: true };
  const mailLocale = isLocale(subscriber.locale) ? subscriber.locale : locale;
  await sendPreferencesLinkMail(db(), subscriber, mailLocale, now);
  return { ok: true };
}

/**
 * The way from a mail's unsubscribe link to the preference page: the signed unsubscribe token proves
 * the address, and a fresh expiring preference link is made for it. Null when it is not a case-updates
 * token or the address follows nothing.
 */
export async function preferencesUrlFromUnsubscribe(token: string, now = new Date()): Promise<string | null> {
  const subject = readUnsubscribeToken(token);
  if (!subject || subject.listId !== UPDATES_LIST_ID) return null;
  const [subscriber] = await db().select().from(subscribers).where(eq(subscribers.canonicalEmail, canonicalEmail(subject.email)));
  return subscriber ? preferencesUrl(subscriber.id, subject.locale, now) : null;
}
