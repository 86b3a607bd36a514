import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';

/** submitted: waiting for an organiser; approved: public; rejected: with a reason mailed to the contact. */
export const resolutionStatus = pgEnum('resolution_status', ['submitted', 'approved', 'rejected']);
export type ResolutionStatus = (typeof resolutionStatus.enumValues)[number];

/** A solidarity resolution passed by a union branch, a federation or any organisation. */
export const resolutions = pgTable(
  'resolutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisation: text('organisation').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    members: integer('members'),
    passedOn: date('passed_on', { mode: 'string' }).notNull(),
    /** The resolution's text; or null when it came as a PDF only. */
    body: text('body'),
    /** The stored PDF's file name under the media folder (random, like photos). */
    pdfPath: text('pdf_path'),
    /** The private contact for verification: never shown publicly. */
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    /** For the abuse limits (lib/resolutions/submit.ts): the contact's canonical address and its domain, the sender's IP hash. */
    canonicalEmail: text('canonical_email'),
    emailDomain: text('email_domain'),
    ipHash: text('ip_hash'),
    locale: text('locale').notNull(),
    status: resolutionStatus('status').notNull().default('submitted'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('resolutions_country_code', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('resolutions_members_positive', sql`${t.members} is null or ${t.members} > 0`),
    check('resolutions_text_or_pdf', sql`${t.body} is not null or ${t.pdfPath} is not null`),
    index('resolutions_status_idx').on(t.status, t.passedOn),
    index('resolutions_created_idx').on(t.createdAt),
  ],
);

export const resolutionCases = pgTable(
  'resolution_cases',
  {
    resolutionId: uuid('resolution_id')
      .notNull()
      .references(() => resolutions.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.resolutionId, t.caseId] }), index('resolution_cases_case_idx').on(t.caseId)],
);

export type ResolutionRow = typeof resolutions.$inferSelect;
