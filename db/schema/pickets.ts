import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { petitions } from './petitions';

export const embassyKind = pgEnum('embassy_kind', ['embassy', 'consulate']);
export type EmbassyKind = (typeof embassyKind.enumValues)[number];

/**
 * Proposed: someone asked for it (and confirmed their address once `proposalConfirmedAt` is set);
 * approved: public; rejected: an organiser said no, with a reason; cancelled: called off after
 * approval. "Past" is not stored: an approved picket whose end has gone by (see lib/pickets/status.ts).
 */
export const picketStatus = pgEnum('picket_status', ['proposed', 'approved', 'rejected', 'cancelled']);
export type PicketStatus = (typeof picketStatus.enumValues)[number];

export const rsvpStatus = pgEnum('rsvp_status', ['pending', 'confirmed', 'waitlisted', 'cancelled']);
export type RsvpStatus = (typeof rsvpStatus.enumValues)[number];

/** Kazakhstan's embassies and consulates, where pickets usually stand; edited by organisers. */
export const embassies = pgTable(
  'embassies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: embassyKind('kind').notNull(),
    name: text('name').notNull(),
    city: text('city').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    address: text('address').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** Where the address was read, and when: addresses move. */
    sourceUrl: text('source_url').notNull(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    /** The mission's public contact address, for protest letters; null where none is published. */
    email: text('email'),
    /** Where the address was read. */
    emailSourceUrl: text('email_source_url'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('embassies_country_code', sql`${t.country} ~ '^[A-Z]{2}$'`)],
);

export const pickets = pgTable(
  'pickets',
  {
    /** Chosen by the application before the insert: the proposal's confirmation token is derived from it. */
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    whatToBring: text('what_to_bring'),
    accessibility: text('accessibility'),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    city: text('city').notNull(),
    venue: text('venue').notNull(),
    address: text('address').notNull(),
    embassyId: uuid('embassy_id').references(() => embassies.id, { onDelete: 'set null' }),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** The IANA zone the picket happens in; times are shown in it. */
    timeZone: text('time_zone').notNull(),
    capacity: integer('capacity'),
    petitionId: uuid('petition_id').references(() => petitions.id, { onDelete: 'set null' }),
    status: picketStatus('status').notNull().default('proposed'),
    /** The proposer: never shown in a page, feed or calendar file. */
    organiserName: text('organiser_name').notNull(),
    organiserEmail: text('organiser_email').notNull(),
    /** The proposer's language, for the mail that tells them the decision. */
    locale: text('locale').notNull(),
    proposalTokenHash: text('proposal_token_hash').notNull().unique(),
    proposalConfirmedAt: timestamp('proposal_confirmed_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** RFC 5545 SEQUENCE: raised on every change attendees' calendars must pick up. */
    sequence: integer('sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('pickets_country_code', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('pickets_times_in_order', sql`${t.startsAt} < ${t.endsAt}`),
    check('pickets_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
    index('pickets_status_start_idx').on(t.status, t.startsAt),
  ],
);

export const picketCases = pgTable(
  'picket_cases',
  {
    picketId: uuid('picket_id')
      .notNull()
      .references(() => pickets.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.picketId, t.caseId] })],
);

export const picketRsvps = pgTable(
  'picket_rsvps',
  {
    /** Chosen by the application: the confirm and cancel tokens are derived from it. */
    id: uuid('id').primaryKey(),
    picketId: uuid('picket_id')
      .notNull()
      .references(() => pickets.id, { onDelete: 'cascade' }),
    /** Null for "anonymous". Never shown publicly: pages show only the count. */
    name: text('name'),
    email: text('email').notNull(),
    canonicalEmail: text('canonical_email').notNull(),
    locale: text('locale').notNull(),
    status: rsvpStatus('status').notNull().default('pending'),
    confirmTokenHash: text('confirm_token_hash').notNull().unique(),
    cancelTokenHash: text('cancel_token_hash').notNull().unique(),
    /** Confirmation mails after the first (answering again resends, a few times at most). */
    resendCount: integer('resend_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    unique('picket_rsvps_one_per_email').on(t.picketId, t.canonicalEmail),
    index('picket_rsvps_picket_idx').on(t.picketId, t.status, t.confirmedAt),
  ],
);

/**
 * Reminders sent, one row per attendee, kind and start time: the minute job finds what is due and
 * not here yet. Keyed by the start time too, so a picket moved to another day reminds again.
 */
export const picketReminders = pgTable(
  'picket_reminders',
  {
    rsvpId: uuid('rsvp_id')
      .notNull()
      .references(() => picketRsvps.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.rsvpId, t.kind, t.startsAt] })],
);

export type EmbassyRow = typeof embassies.$inferSelect;
export type PicketRow = typeof pickets.$inferSelect;
export type RsvpRow = typeof picketRsvps.$inferSelect;
