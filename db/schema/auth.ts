import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Locale } from '@/lib/i18n/locales';

// The four tables Auth.js's drizzle adapter reads and writes (users, accounts, sessions,
// verification tokens), in its expected shape. Sessions live in the database, so they survive a
// restart and revoking an organiser can delete them at once.

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name'),
  email: text('email').unique(),
  emailVerified: timestamp('email_verified', { withTimezone: true, mode: 'date' }),
  image: text('image'),
});

export const accounts = pgTable(
  'accounts',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamp('expires', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    /** A hash of the emailed token (Auth.js hashes it with the secret); the token itself is never stored. */
    token: text('token').notNull(),
    expires: timestamp('expires', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const organiserRole = pgEnum('organiser_role', ['admin', 'organiser']);
export type OrganiserRole = (typeof organiserRole.enumValues)[number];

/**
 * Who may sign in, and as what. There is no self-registration: an address can receive a sign-in
 * link only while it has a row here that is not revoked (or is listed in ADMIN_EMAILS).
 */
export const organisers = pgTable(
  'organisers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-case, as Auth.js normalises the address it sends the link to. */
    email: text('email').notNull(),
    role: organiserRole('role').notNull().default('organiser'),
    invitedBy: uuid('invited_by').references((): AnyPgColumn => organisers.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The dashboard's language this organiser chose, also the language of mail sent to them; null until they choose. */
    locale: text('locale').$type<Locale>(),
  },
  (t) => [uniqueIndex('organisers_email_idx').on(sql`lower(${t.email})`)],
);

/** One row per sign-in request, kept for the rate-limit window: by address and by a hash of the IP. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `email:<address>` or `ip:<sha-256 of the address and the secret>`; never a bare IP. */
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_attempts_key_at_idx').on(t.key, t.at)],
);

export type OrganiserRow = typeof organisers.$inferSelect;
