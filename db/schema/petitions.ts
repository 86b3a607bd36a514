import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Localized } from '@/lib/i18n/locales';
import { cases } from './cases';

export const petitionStatus = pgEnum('petition_status', ['draft', 'open', 'closed', 'delivered']);
export type PetitionStatus = (typeof petitionStatus.enumValues)[number];

export const signatureStatus = pgEnum('signature_status', ['pending', 'confirmed', 'withdrawn', 'expired']);
export type SignatureStatus = (typeof signatureStatus.enumValues)[number];

export const blockKind = pgEnum('block_kind', ['domain', 'ip_range']);
export type BlockKind = (typeof blockKind.enumValues)[number];

export const petitions = pgTable(
  'petitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    /** The person the petition is for; null for a petition of the campaign as a whole. */
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    /** Who it is addressed to, e.g. the President of Kazakhstan. */
    target: jsonb('target').$type<Localized>().notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    summary: jsonb('summary').$type<Localized>().notNull(),
    /** Paragraphs separated by a blank line; rendered as plain text, never as HTML. */
    body: jsonb('body').$type<Localized>().notNull(),
    goal: integer('goal').notNull(),
    status: petitionStatus('status').notNull().default('draft'),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    deliveredTo: text('delivered_to'),
    deliveredCount: integer('delivered_count'),
    deliveryNote: text('delivery_note'),
    /** Set by the hourly abuse check when one IP hash or domain gives too many signatures an hour. */
    flaggedAt: timestamp('flagged_at', { withTimezone: true }),
    flagReason: text('flag_reason'),
    /** What the check saw, so organisers can look at exactly those signatures: an IP hash or a domain. */
    flagSourceKind: text('flag_source_kind').$type<'ip' | 'domain'>(),
    flagSource: text('flag_source'),
    /**
     * When an organiser last cleared the flag: the check then counts only signatures given after
     * it, so the spike that was looked at does not raise the flag again within the hour.
     */
    flagClearedAt: timestamp('flag_cleared_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('petitions_goal_positive', sql`${t.goal} > 0`),
    check('petitions_dates_in_order', sql`${t.opensAt} is null or ${t.closesAt} is null or ${t.opensAt} < ${t.closesAt}`),
    index('petitions_case_idx').on(t.caseId),
  ],
);

export const signatures = pgTable(
  'signatures',
  {
    /** Chosen by the application before the insert: confirmation tokens are derived from it. */
    id: uuid('id').primaryKey(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The address as typed, for mail; never shown publicly. */
    email: text('email').notNull(),
    /** One signature per canonical address per petition; see lib/email-address/canonical.ts. */
    canonicalEmail: text('canonical_email').notNull(),
    emailDomain: text('email_domain').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    city: text('city'),
    comment: text('comment'),
    publicName: boolean('public_name').notNull().default(false),
    wantsUpdates: boolean('wants_updates').notNull().default(false),
    locale: text('locale').notNull(),
    status: signatureStatus('status').notNull().default('pending'),
    /** Flagged signatures go through the normal flow but are never counted. */
    flagged: boolean('flagged').notNull().default(false),
    flagReason: text('flag_reason'),
    /** HMAC of the signer's IP address with the platform secret; nulled after the abuse window. */
    ipHash: text('ip_hash'),
    confirmTokenHash: text('confirm_token_hash').notNull().unique(),
    withdrawTokenHash: text('withdraw_token_hash').notNull().unique(),
    /** Confirmation mails sent after the first (signing again resends, at most 5 times). */
    resendCount: smallint('resend_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
  },
  (t) => [
    unique('signatures_one_per_email').on(t.petitionId, t.canonicalEmail),
    check('signatures_country_code', sql`${t.country} ~ '^[A-Z]{2}$'`),
    index('signatures_recent_idx').on(t.petitionId, t.status, t.confirmedAt),
    // The abuse counts of every signature (one petition, one source, the past hour) and the
    // organisers' search (always within a petition) read these. Without the petition first, the
    // counts also read every signature of the petition from another index: a cost that grew with
    // the petition, paid on every signature.
    index('signatures_petition_ip_idx').on(t.petitionId, t.ipHash, t.createdAt),
    index('signatures_petition_domain_idx').on(t.petitionId, t.emailDomain, t.createdAt),
    index('signatures_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * Confirmed, unflagged signatures per petition and country, spread over a few shards so that
 * confirmations at the same moment add to different rows instead of queueing on one. The public
 * count is the sum of a petition's rows; a reconcile job rewrites them from the signatures.
 */
export const signatureTallies = pgTable(
  'signature_tallies',
  {
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
    shard: smallint('shard').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.country, t.shard] })],
);

/** Paper signatures gathered at pickets, entered as a count per sheet; shown apart from online ones. */
export const paperCounts = pgTable(
  'paper_counts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    count: integer('count').notNull(),
    /** ISO 3166-1 alpha-2 of where the sheet was signed, when known. */
    country: text('country'),
    place: text('place'),
    collectedOn: timestamp('collected_on', { withTimezone: true }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('paper_counts_positive', sql`${t.count} > 0`), index('paper_counts_petition_idx').on(t.petitionId)],
);

/** Email domains and IP ranges whose signatures are flagged; edited by organisers. */
export const signatureBlocks = pgTable(
  'signature_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: blockKind('kind').notNull(),
    /** A lower-case domain, or an IP range in CIDR notation. */
    value: text('value').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.kind, t.value)],
);

export type PetitionRow = typeof petitions.$inferSelect;
export type SignatureRow = typeof signatures.$inferSelect;
export type PaperCountRow = typeof paperCounts.$inferSelect;
export type SignatureBlockRow = typeof signatureBlocks.$inferSelect;
