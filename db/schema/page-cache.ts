import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * When each page-cache tag was last expired (lib/cache/tag-expiries.ts): one row per tag, written
 * by the web process that expired it, read by every other one when told of it (NOTIFY), when its
 * listening connection comes back, and every few seconds, so that none serves a page stored before
 * the expiry. The times are the expiring process's clock, in milliseconds, as Next.js keeps them.
 */
export const pageTagExpiries = pgTable(
  'page_tag_expiries',
  {
    tag: text().primaryKey(),
    /** From then on, pages stored earlier are served once more while they render again; null: never. */
    staleAt: timestamp({ withTimezone: true, precision: 3 }),
    /** From then on, pages stored earlier are not served at all; null: never. */
    expiredAt: timestamp({ withTimezone: true, precision: 3 }),
    /** The database's clock: what a process has read up to. */
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('page_tag_expiries_changed_idx').on(t.changedAt)],
);
