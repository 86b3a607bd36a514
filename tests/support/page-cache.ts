import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { NEXT_CACHE_IMPLICIT_TAG_ID } from 'next/dist/lib/constants.js';

/** Next's implicit tag of the root layout: every page cache entry carries it. */
const EVERY_PAGE = `${NEXT_CACHE_IMPLICIT_TAG_ID}/layout`;

/**
 * Every test server serves the one production build, and with it the pages earlier runs left in
 * .next/: rendered from another database and sealed with another secret. Recorded as expired now,
 * as an organiser's change of everything would be, none of them is served by a server of `db`
 * (lib/cache/tag-expiries.ts: a server reads the table before its first page).
 */
export async function expireEarlierPages(db: PgDatabase<PgQueryResultHKT, Record<string, unknown>>): Promise<void> {
  await db.execute(sql`insert into page_tag_expiries (tag, stale_at, expired_at) values (${EVERY_PAGE}, now(), now())
                       on conflict (tag) do update set stale_at = excluded.stale_at, expired_at = excluded.expired_at, changed_at = now()`);
}
