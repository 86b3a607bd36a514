import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** queued → sent | failed | suppressed; a message never leaves a final state except by `retryFailed`. */
export const mailStatus = pgEnum('mail_status', ['queued', 'sent', 'failed', 'suppressed']);
export type MailStatus = (typeof mailStatus.enumValues)[number];

/** Transactional mail answers something the person just did; bulk mail goes to a list and can be left. */
export const mailStream = pgEnum('mail_stream', ['transactional', 'bulk']);
export type MailStream = (typeof mailStream.enumValues)[number];

export const suppressionReason = pgEnum('suppression_reason', ['bounce', 'complaint', 'unsubscribe', 'manual']);
export type SuppressionReason = (typeof suppressionReason.enumValues)[number];

/**
 * One request to the provider: a single message, or up to 100 bulk messages. Its idempotency key
 * goes with every attempt, so a retry after a crash or a timeout never sends twice.
 */
export const mailBatches = pgTable('mail_batches', {
  id: uuid().primaryKey().defaultRandom(),
  stream: mailStream().notNull(),
  idempotencyKey: text().notNull().unique(),
  /** Requests made to the provider for this batch; once above zero its contents are frozen. */
  attempts: integer().notNull().default(0),
  lastError: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp({ withTimezone: true }),
});

/**
 * A file sent with a message, as text: the platform attaches only what it writes itself (the full
 * texts of a letter digest). `content` is the file's text, sent as UTF-8.
 */
export type MailAttachment = { filename: string; contentType: string; content: string };

/** The outbox: every message the platform means to send, written in the transaction that causes it. */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    batchId: uuid().references(() => mailBatches.id, { onDelete: 'set null' }),
    /** The template it was rendered from, e.g. `confirm-signature`. */
    template: text().notNull(),
    locale: text().notNull(),
    to: text().notNull(),
    stream: mailStream().notNull(),
    from: text().notNull(),
    /** What the template is rendered from. */
    props: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /**
     * Rendered by the worker before the first attempt, then kept: every retry sends the same bytes.
     * Web processes never render (React's server renderer is not available inside Next's server
     * components, route handlers and actions).
     */
    subject: text(),
    html: text(),
    text: text(),
    /** Rendered with the rest (the template's files, if it has any): null before rendering and for messages rendered before attachments existed. */
    attachments: jsonb().$type<MailAttachment[]>(),
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** The list a bulk message belongs to (e.g. `case-updates.<slug>`); null for transactional mail. */
    listId: text(),
    /** The list as readers know it, for the footer ("you subscribed to updates: …"). */
    listLabel: text(),
    /** Set by the caller so that repeating an action does not queue the same message twice. */
    idempotencyKey: text().unique(),
    status: mailStatus().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    providerId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('mail_messages_batch_idx').on(t.batchId),
    index('mail_messages_status_created_idx').on(t.status, t.createdAt),
    index('mail_messages_provider_idx').on(t.providerId),
  ],
);

/** Addresses we must not write to: on one list, or on every list when `list_id` is null. */
export const mailSuppressions = pgTable(
  'mail_suppressions',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Lower-cased address. */
    email: text().notNull(),
    listId: text(),
    reason: suppressionReason().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('mail_suppressions_email_list_key').on(t.email, t.listId).nullsNotDistinct()],
);

/** What the local mailbox received when no RESEND_API_KEY is set: one row per delivered message. */
export const mailMailbox = pgTable(
  'mail_mailbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    messageId: uuid()
      .notNull()
      .unique()
      .references(() => mailMessages.id, { onDelete: 'cascade' }),
    from: text().notNull(),
    to: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mail_mailbox_received_idx').on(sql`${t.receivedAt} desc`)],
);

export type MailBatchRow = typeof mailBatches.$inferSelect;
export type MailMessageRow = typeof mailMessages.$inferSelect;
export type MailSuppressionRow = typeof mailSuppressions.$inferSelect;
export type MailboxRow = typeof mailMailbox.$inferSelect;
