import { eq, inArray, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { caseUpdates, mailMessages, updateRecipients } from '@/db/schema';
import { emailTranslator } from '@/emails/i18n';
import { expirePageTagsEverywhere } from '@/lib/cache/expire-page-tags';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { enqueueBulk } from '@/lib/mail/enqueue';
import { UPDATES_LIST_ID } from '@/lib/subscriptions/subscribe';
import { preferencesUrl } from '@/lib/subscriptions/mail';
import { loadUpdateMailContext, updateMailPropsFor } from './mail';

/** Subscribers queued per transaction: big enough to be quick, small enough to keep memory flat. */
export const FANOUT_PAGE = 1000;

/** Pages one job writes before handing the rest to a fresh job, so no job runs for long. */
export const PAGES_PER_JOB = 10;

export type FanoutReport = { status: 'done' | 'more' | 'not_due' | 'not_published'; queued: number; pages: number; dueAt?: Date };

/** Clocks of the database (which starts the job) and of this process may differ a little. */
const CLOCK_SKEW_MS = 5_000;

/**
 * Queues the update's mail for every confirmed subscriber of its case and of "all cases" (each
 * subscriber once, in their language), a page at a time by subscriber id (keyset, never all in
 * memory). Each page's messages, its recipients and the cursor commit together, so a job killed
 * mid-way resumes after the last committed page; the idempotency key `case-update:<update>:<subscriber>`
 * makes even a repeated page queue nothing twice. Unsubscribes are honoured again at delivery.
 * Every mail carries its subscriber's own signed link to their preferences.
 */
export async function fanOutUpdate(
  updateId: string,
  {
    database = db(),
    now = () => new Date(),
    pageSize = FANOUT_PAGE,
    maxPages = Infinity,
    afterPage,
  }: { database?: Database; now?: () => Date; pageSize?: number; maxPages?: number; afterPage?: (page: number) => void } = {},
): Promise<FanoutReport> {
  const [due] = await database.select().from(caseUpdates).where(eq(caseUpdates.id, updateId));
  if (!due || due.status === 'draft') return { status: 'not_published', queued: 0, pages: 0 };
  if (due.publishAt && due.publishAt.getTime() > now().getTime() + CLOCK_SKEW_MS) return { status: 'not_due', queued: 0, pages: 0, dueAt: due.publishAt };
  if (due.status === 'scheduled') {
    await database.transaction(async (tx) => {
      await tx
        .update(caseUpdates)
        .set({ status: 'published', publishedAt: due.publishAt ?? now(), updatedAt: now() })
        .where(eq(caseUpdates.id, updateId));
      // Published by the worker, not by an organiser's request: the pages showing updates are
      // expired through the table every web process follows.
      await expirePageTagsEverywhere(tx, ['updates']);
    });
  }
  const context = await loadUpdateMailContext(database, due);
  const propsByLocale = new Map<Locale, ReturnType<typeof updateMailPropsFor>>();
  const props = (locale: Locale) => {
    let found = propsByLocale.get(locale);
    if (!found) propsByLocale.set(locale, (found = updateMailPropsFor(context, locale)));
    return found;
  };

  let queued = 0;
  let pages = 0;
  for (;;) {
    const more = await database.transaction(async (tx) => {
      // The lock makes two jobs of one update (a retry racing a slow original) take turns.
      const [update] = await tx.select().from(caseUpdates).where(eq(caseUpdates.id, updateId)).for('update');
      if (!update || update.fanoutFinishedAt) return false;
      const caseFilter = update.caseId === null ? sql`u.case_id is null` : sql`(u.case_id = ${update.caseId} or u.case_id is null)`;
      const page = await tx.execute<{ id: string; email: string; locale: string }>(sql`
        select s.id, s.email, s.locale from subscribers s
        where s.id > ${update.fanoutCursor ?? '00000000-0000-0000-0000-000000000000'}
          and exists (select 1 from subscriptions u where u.subscriber_id = s.id and u.status = 'confirmed' and ${caseFilter})
        order by s.id
        limit ${pageSize}`);
      const rows = [...page];
      if (rows.length === 0) {
        await tx.update(caseUpdates).set({ fanoutFinishedAt: now() }).where(eq(caseUpdates.id, updateId));
        return false;
      }
      const key = (subscriberId: string) => `case-update:${updateId}:${subscriberId}`;
      const result = await enqueueBulk(tx, {
        template: 'case-update',
        list: { id: UPDATES_LIST_ID, label: (locale) => emailTranslator(locale)('caseUpdate.list') },
        props,
        recipients: rows.map((r) => {
          const locale = isLocale(r.locale) ? r.locale : 'en';
          // Signed per subscriber (and expiring), made here a page at a time like everything else.
          return { to: r.email, locale, idempotencyKey: key(r.id), personal: { preferencesUrl: preferencesUrl(r.id, locale, now()) } };
        }),
      });
      const messages = await tx
        .select({ id: mailMessages.id, key: mailMessages.idempotencyKey })
        .from(mailMessages)
        .where(inArray(mailMessages.idempotencyKey, rows.map((r) => key(r.id))));
      const byKey = new Map(messages.map((m) => [m.key, m.id]));
      await tx
        .insert(updateRecipients)
        .values(rows.map((r) => ({ updateId, subscriberId: r.id, messageId: byKey.get(key(r.id)) ?? null })))
        .onConflictDoNothing();
      await tx.update(caseUpdates).set({ fanoutCursor: rows[rows.length - 1]!.id }).where(eq(caseUpdates.id, updateId));
      queued += result.queued + result.suppressed;
      return true;
    });
    if (!more) break;
    pages += 1;
    afterPage?.(pages);
    if (pages >= maxPages) return { status: 'more', queued, pages };
  }
  return { status: 'done', queued, pages };
}

export type SendProgress = { recipients: number; queued: number; sent: number; failed: number; suppressed: number; finished: boolean };

/** How the send of one update stands, for the dashboard (polled while it runs). */
export async function sendProgress(updateId: string, database: Database = db()): Promise<SendProgress> {
  const [row] = await database.execute<{ recipients: number; queued: number; sent: number; failed: number; suppressed: number; finished: boolean }>(sql`
    select count(r.subscriber_id)::int as recipients,
      count(*) filter (where m.status = 'queued')::int as queued,
      count(*) filter (where m.status = 'sent')::int as sent,
      count(*) filter (where m.status = 'failed')::int as failed,
      count(*) filter (where m.status = 'suppressed')::int as suppressed,
      (select fanout_finished_at is not null from case_updates where id = ${updateId}) as finished
    from update_recipients r left join mail_messages m on m.id = r.message_id
    where r.update_id = ${updateId}`);
  return row ?? { recipients: 0, queued: 0, sent: 0, failed: 0, suppressed: 0, finished: false };
}
