import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Localized } from '@/lib/i18n/locales';

export const caseStatus = pgEnum('case_status', [
  'pre_trial',
  'imprisoned',
  'restricted_freedom',
  'paroled',
  'released',
  'in_exile',
  'deceased',
]);
export type CaseStatus = (typeof caseStatus.enumValues)[number];

export const nameScript = pgEnum('name_script', ['latin', 'cyrillic']);
export const nameKind = pgEnum('name_kind', ['primary', 'alias', 'birth', 'misspelling']);
export const photoConsent = pgEnum('photo_consent', ['none', 'self', 'family', 'public_domain', 'licensed']);
export const letterDelivery = pgEnum('letter_delivery', ['yes', 'no', 'unknown']);
export const datePrecision = pgEnum('date_precision', ['day', 'month', 'year']);
export const timelineKind = pgEnum('timeline_kind', [
  'strike',
  'protest',
  'massacre',
  'arrest',
  'charge',
  'trial',
  'sentence',
  'appeal',
  'transfer',
  'solitary',
  'hunger_strike',
  'un_opinion',
  'parole',
  'release',
  'death',
  'statement',
  'other',
]);
export const citationSubject = pgEnum('citation_subject', [
  'case',
  'status',
  'charge',
  'sentence',
  'detention',
  'timeline',
  'campaign',
]);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: jsonb('name').$type<Localized>().notNull(),
  summary: jsonb('summary').$type<Localized>().notNull(),
  biography: jsonb('biography').$type<Localized>().notNull(),
  occupation: jsonb('occupation').$type<Localized>(),
  affiliation: jsonb('affiliation').$type<Localized>(),
  howToHelp: jsonb('how_to_help').$type<Localized>(),
  birthYear: integer('birth_year'),
  birthName: text('birth_name'),
  photoPath: text('photo_path'),
  photoCredit: text('photo_credit'),
  photoConsent: photoConsent('photo_consent').notNull().default('none'),
  published: boolean('published').notNull().default(false),
  ...timestamps,
});

export const caseNames = pgTable(
  'case_names',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    script: nameScript('script').notNull(),
    /** The language the spelling belongs to (kk, ru, en), when it belongs to one. */
    language: text('language'),
    kind: nameKind('kind').notNull().default('alias'),
    /** Lower-case Latin skeleton of the name; see lib/cases/name-search.ts. */
    searchKey: text('search_key').notNull(),
  },
  (t) => [unique().on(t.caseId, t.name), index('case_names_search_key_idx').on(t.searchKey)],
);

export const caseStatuses = pgTable(
  'case_statuses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    status: caseStatus('status').notNull(),
    /** When this status began; null when not known. */
    since: date('since'),
    sincePrecision: datePrecision('since_precision').notNull().default('day'),
    /** The date on which a source last reported this status. */
    asOf: date('as_of').notNull(),
    /** False when no recent source confirms the status: the page says so instead of guessing. */
    confirmed: boolean('confirmed').notNull().default(true),
    note: jsonb('note').$type<Localized>(),
  },
  (t) => [index('case_statuses_case_idx').on(t.caseId)],
);

export const charges = pgTable('charges', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id, { onDelete: 'cascade' }),
  code: jsonb('code').$type<Localized>().notNull(),
  article: text('article'),
  part: text('part'),
  label: jsonb('label').$type<Localized>().notNull(),
  position: integer('position').notNull().default(0),
});

export const sentences = pgTable('sentences', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id, { onDelete: 'cascade' }),
  sentencedOn: date('sentenced_on'),
  sentencedOnPrecision: datePrecision('sentenced_on_precision').notNull().default('day'),
  court: jsonb('court').$type<Localized>(),
  termMonths: integer('term_months'),
  regime: jsonb('regime').$type<Localized>(),
  /** Side penalties: bans, confiscation, damages — each a sentence of its own. */
  additionalPenalties: jsonb('additional_penalties').$type<Localized[]>().notNull().default([]),
  expectedRelease: date('expected_release'),
});

export const detentions = pgTable(
  'detentions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    facility: jsonb('facility').$type<Localized>().notNull(),
    city: jsonb('city').$type<Localized>(),
    fromDate: date('from_date'),
    toDate: date('to_date'),
    letterAddress: text('letter_address'),
    addressVerifiedOn: date('address_verified_on'),
    lettersReach: letterDelivery('letters_reach').notNull().default('unknown'),
    position: integer('position').notNull().default(0),
  },
  (t) => [check('detentions_dates_in_order', sql`${t.fromDate} is null or ${t.toDate} is null or ${t.fromDate} <= ${t.toDate}`)],
);

export const campaigns = pgTable('campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  title: jsonb('title').$type<Localized>().notNull(),
  summary: jsonb('summary').$type<Localized>().notNull(),
  /** Paragraphs separated by a blank line; rendered as plain text, never as HTML. */
  body: jsonb('body').$type<Localized>().notNull(),
  published: boolean('published').notNull().default(false),
  ...timestamps,
});

export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'cascade' }),
    occurredOn: date('occurred_on').notNull(),
    precision: datePrecision('precision').notNull().default('day'),
    kind: timelineKind('kind').notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    body: jsonb('body').$type<Localized>(),
  },
  (t) => [
    check('timeline_events_one_owner', sql`num_nonnulls(${t.caseId}, ${t.campaignId}) = 1`),
    index('timeline_events_case_idx').on(t.caseId),
    index('timeline_events_campaign_idx').on(t.campaignId),
  ],
);

export const sources = pgTable('sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  publishedOn: date('published_on'),
  url: text('url'),
  language: text('language'),
});

/** Which source backs which fact; a fact is any row of the tables named by citation_subject. */
export const citations = pgTable(
  'citations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    subject: citationSubject('subject').notNull(),
    subjectId: uuid('subject_id').notNull(),
  },
  (t) => [unique().on(t.sourceId, t.subject, t.subjectId), index('citations_subject_idx').on(t.subject, t.subjectId)],
);

export type CaseRow = typeof cases.$inferSelect;
export type CaseNameRow = typeof caseNames.$inferSelect;
export type CaseStatusRow = typeof caseStatuses.$inferSelect;
export type ChargeRow = typeof charges.$inferSelect;
export type SentenceRow = typeof sentences.$inferSelect;
export type DetentionRow = typeof detentions.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type TimelineEventRow = typeof timelineEvents.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;
export type CitationSubject = (typeof citationSubject.enumValues)[number];
