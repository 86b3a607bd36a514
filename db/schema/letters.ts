import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Localized } from '@/lib/i18n/locales';
import { cases } from './cases';

/** draft: organisers only; open: supporters write; closed: no new letters, queued ones still go out. */
export const letterActionStatus = pgEnum('letter_action_status', ['draft', 'open', 'closed']);
export type LetterActionStatus = (typeof letterActionStatus.enumValues)[number];

/** each: every letter is its own mail (paced per target); digest: one mail a day per target listing them. */
export const letterDeliveryMode = pgEnum('letter_delivery_mode', ['each', 'digest']);
export type LetterDeliveryMode = (typeof letterDeliveryMode.enumValues)[number];

export const letterStatus = pgEnum('letter_status', ['pending', 'confirmed', 'expired']);
export type LetterStatus = (typeof letterStatus.enumValues)[number];

/** How the letter is signed, which is all the target learns of the sender (besides Reply-To when ticked). */
export const letterSignature = pgEnum('letter_signature', ['first_name', 'full_name', 'anonymous']);
export type LetterSignature = (typeof letterSignature.enumValues)[number];

/**
 * held: caught by an abuse rule, never sent; queued: waiting for its turn (pacing, digest, a paused or
 * unchecked target); sent: handed to the outbox, alone or in a digest; delivered: handed in by hand.
 */
export const letterDeliveryStatus = pgEnum('letter_delivery_status', ['held', 'queued', 'sent', 'delivered']);
export type LetterDeliveryStatus = (typeof letterDeliveryStatus.enumValues)[number];

/**
 * Offices letters are addressed to (the President's office, the Prosecutor General …). Nothing is
 * sent to an office until its address is there and an organiser has checked it (`checkedOn`).
 */
export const letterOffices = pgTable('letter_offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: jsonb('name').$type<Localized>().notNull(),
  /** The office's public contact address; null until an organiser has found it in an official source. */
  email: text('email'),
  /** Where the address was read (or where to look for it). */
  sourceUrl: text('source_url').notNull(),
  checkedOn: date('checked_on', { mode: 'string' }),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const letterActions = pgTable(
  'letter_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    /** The person the letters are about; null for an action of the campaign as a whole. */
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    title: jsonb('title').$type<Localized>().notNull(),
    /** What the letters ask for, in a sentence or two. */
    ask: jsonb('ask').$type<Localized>().notNull(),
    /** The suggested letter per language; writers start from it and may rewrite it. */
    letter: jsonb('letter').$type<Localized>().notNull(),
    /** Whether "the Kazakh embassy in the sender's country" is one of the targets. */
    toEmbassy: boolean('to_embassy').notNull().default(false),
    /** Whether writers may send without their name (signed with their country only). */
    allowAnonymous: boolean('allow_anonymous').notNull().default(false),
    mode: letterDeliveryMode('mode').notNull().default('each'),
    /** Letters of this action one target receives in an hour at most; the rest wait their turn. */
    perHour: integer('per_hour').notNull().default(30),
    status: letterActionStatus('status').notNull().default('draft'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('letter_actions_per_hour_positive', sql`${t.perHour} > 0`), index('letter_actions_case_idx').on(t.caseId)],
);

export const letterActionOffices = pgTable(
  'letter_action_offices',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => letterActions.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id')
      .notNull()
      .references(() => letterOffices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.officeId] })],
);

export const letters = pgTable(
  'letters',
  {
    /** Chosen by the application before the insert: the confirmation token is derived from it. */
    id: uuid('id').primaryKey(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => letterActions.id, { onDelete: 'cascade' }),
    /** Never shown publicly; the target sees only what `signAs` allows. */
    name: text('name').notNull(),
    email: text('email').notNull(),
    canonicalEmail: text('canonical_email').notNull(),
    emailDomain: text('email_domain').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    city: text('city'),
    body: text('body').notNull(),
    signAs: letterSignature('sign_as').notNull().default('first_name'),
    /** The target may answer the writer directly (their address goes in Reply-To). */
    replyTo: boolean('reply_to').notNull().default(false),
    locale: text('locale').notNull(),
    /** Where the letter goes once confirmed: `office:<id>` or `embassy:<id>`, resolved when written. */
    targets: jsonb('targets').$type<string[]>().notNull(),
    status: letterStatus('status').notNull().default('pending'),
    /** Caught by an abuse rule: the writer sees the normal flow, the letter is never sent or counted. */
    flagged: boolean('flagged').notNull().default(false),
    flagReason: text('flag_reason'),
    ipHash: text('ip_hash'),
    confirmTokenHash: text('confirm_token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
  },
  (t) => [
    check('letters_country_code', sql`${t.country} ~ '^[A-Z]{2}$'`),
    index('letters_action_email_idx').on(t.actionId, t.canonicalEmail, t.createdAt),
    index('letters_ip_hash_idx').on(t.ipHash, t.createdAt),
    index('letters_domain_idx').on(t.emailDomain, t.createdAt),
  ],
);

/**
 * One confirmed letter to one target. The unique key is the one-letter rule: a person (canonical
 * address) sends one letter per action and target, however often they write and confirm.
 */
export const letterDeliveries = pgTable(
  'letter_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id')
      .notNull()
      .references(() => letterActions.id, { onDelete: 'cascade' }),
    /** `office:<id>` or `embassy:<id>`. */
    target: text('target').notNull(),
    canonicalEmail: text('canonical_email').notNull(),
    status: letterDeliveryStatus('status').notNull().default('queued'),
    mailMessageId: uuid('mail_message_id'),
    digestId: uuid('digest_id'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredNote: text('delivered_note'),
  },
  (t) => [
    unique('letter_deliveries_one_per_person').on(t.actionId, t.target, t.canonicalEmail),
    index('letter_deliveries_queue_idx').on(t.actionId, t.target, t.status, t.queuedAt),
    index('letter_deliveries_sent_idx').on(t.target, t.sentAt),
  ],
);

/** A daily digest: one mail to one target listing an action's letters. */
export const letterDigests = pgTable('letter_digests', {
  id: uuid('id').primaryKey().defaultRandom(),
  actionId: uuid('action_id')
    .notNull()
    .references(() => letterActions.id, { onDelete: 'cascade' }),
  target: text('target').notNull(),
  letters: integer('letters').notNull(),
  mailMessageId: uuid('mail_message_id'),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Targets whose address bounced or complained: nothing more goes to them until an organiser has
 * looked and resumed them.
 */
export const letterTargetPauses = pgTable('letter_target_pauses', {
  target: text('target').primaryKey(),
  email: text('email').notNull(),
  reason: text('reason').notNull(),
  pausedAt: timestamp('paused_at', { withTimezone: true }).notNull().defaultNow(),
});

export type LetterOfficeRow = typeof letterOffices.$inferSelect;
export type LetterActionRow = typeof letterActions.$inferSelect;
export type LetterRow = typeof letters.$inferSelect;
export type LetterDeliveryRow = typeof letterDeliveries.$inferSelect;
