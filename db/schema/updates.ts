import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid, jsonb } from 'drizzle-orm/pg-core';
import type { Localized } from '@/lib/i18n/locales';
import { cases } from './cases';
import { mailMessages } from './mail';
import { petitions } from './petitions';
import { pickets } from './pickets';

/** A person who asked for case updates: one row per canonical address, with the language they read. */
export const subscribers = pgTable('subscribers', {
  id: uuid().primaryKey().defaultRandom(),
  /** The address as typed, for mail; never shown publicly. */
  email: text().notNull(),
  /** See lib/email-address/canonical.ts: one subscriber per mailbox however it is spelt. */
  canonicalEmail: text().notNull().unique(),
  locale: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const subscriptionStatus = pgEnum('subscription_status', ['pending', 'confirmed']);
export type SubscriptionStatus = (typeof subscriptionStatus.enumValues)[number];

/** What a subscriber follows: one case, or every case when `case_id` is null. */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriberId: uuid()
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    caseId: uuid().references(() => cases.id, { onDelete: 'cascade' }),
    status: subscriptionStatus().notNull().default('pending'),
    /** SHA-256 of the confirmation token last mailed; the token itself is never stored. */
    confirmTokenHash: text().unique(),
    tokenSentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('subscriptions_one_per_case').on(t.subscriberId, t.caseId).nullsNotDistinct(),
    index('subscriptions_case_confirmed_idx').on(t.caseId, t.subscriberId).where(sql`${t.status} = 'confirmed'`),
  ],
);

/** draft → scheduled → published; a scheduled update is published by its fan-out job. */
export const updateStatus = pgEnum('update_status', ['draft', 'scheduled', 'published']);
export type UpdateStatus = (typeof updateStatus.enumValues)[number];

/** News organisers publish on one case, or on the campaign when `case_id` is null. */
export const caseUpdates = pgTable(
  'case_updates',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid().references(() => cases.id, { onDelete: 'cascade' }),
    /** Markdown per locale; sanitised when rendered (lib/updates/markdown.ts), never stored as HTML. */
    title: jsonb().$type<Localized>().notNull(),
    body: jsonb().$type<Localized>().notNull(),
    /** The one thing the update asks readers to do: sign a petition, or come to a picket (at most one is set). */
    petitionId: uuid().references(() => petitions.id, { onDelete: 'set null' }),
    picketId: uuid().references(() => pickets.id, { onDelete: 'set null' }),
    status: updateStatus().notNull().default('draft'),
    /** When it goes out: now for "publish now", later for a scheduled one. */
    publishAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    /** The fan-out's position: the last subscriber id queued, so a restarted job resumes there. */
    fanoutCursor: uuid(),
    fanoutFinishedAt: timestamp({ withTimezone: true }),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_updates_published_idx').on(t.publishedAt).where(sql`${t.status} = 'published'`),
    index('case_updates_case_idx').on(t.caseId, t.publishedAt),
    check('case_updates_published_has_date', sql`${t.status} <> 'published' or ${t.publishedAt} is not null`),
    check('case_updates_one_link', sql`${t.petitionId} is null or ${t.picketId} is null`),
  ],
);

/** Who an update was queued for and which outbox message carries it: the send's progress and its dedup. */
export const updateRecipients = pgTable(
  'update_recipients',
  {
    updateId: uuid()
      .notNull()
      .references(() => caseUpdates.id, { onDelete: 'cascade' }),
    subscriberId: uuid()
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    messageId: uuid().references(() => mailMessages.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.subscriberId] })],
);

export type SubscriberRow = typeof subscribers.$inferSelect;
export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type CaseUpdateRow = typeof caseUpdates.$inferSelect;
