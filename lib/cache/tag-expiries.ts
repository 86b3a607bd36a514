import { gte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { invalidationNotice, listenForInvalidations, onInvalidation } from '@/db/invalidation';
import { pageTagExpiries } from '@/db/schema';
import { tagsManifest } from './tags-manifest';

// Whether Next's page cache may serve an entry (an ISR page, an unstable_cache read) is decided by
// one map per process: tag → when it went stale and when it expired (Next's tags manifest), held
// against the time the entry was stored. `revalidateTag` writes to it only in the process that ran
// the organiser's command, and Next 16 offers no way to call it outside a request. So every web
// process, on this host and on the others, keeps its map from one table instead:
//
// - the process that expires a tag records the times Next just set (page_tag_expiries, one row per
//   tag) and NOTIFYs, in one transaction;
// - every process LISTENs (db/invalidation.ts) and on each notice reads the rows changed since it
//   last read; it reads them too when its listening connection comes back, and every few seconds
//   besides, in case that connection died without anyone noticing;
// - at start it reads the whole table before the first page is served, so a page a process that
//   ran earlier left on disk is not served when a tag of it expired since.
//
// An expiry learned late (a notice takes milliseconds; a lost connection or the timer, seconds) is
// applied as if it happened when it was learned, not when the other host's clock said: whatever
// this process stored before then is older than the change, and another host's clock may be ahead.
// Nothing here runs on a page read: the map is in memory, the table is read only on those events.

type Expiry = { stale?: number; expired?: number };


/** How often the table is read without a notice: the bound while the listening connection is silently lost. */
export const TAG_EXPIRIES_READ_EVERY_MS = 5_000;
/** How long the first page of a process waits for the table before it is served without it. */
const FIRST_READ_WAIT_MS = 2_000;
/**
 * Rows are read from a little before the newest change already read: `changed_at` is the writing
 * transaction's start, which may become visible after a later one's.
 */
const READ_OVERLAP_MS = 10_000;

/** What the table said for each tag when last read (or written by this process). */
const recorded = new Map<string, Expiry>();
let readUpTo: Date | null = null;
let reading: Promise<void> = Promise.resolve();
let failing = false;
let timer: NodeJS.Timeout | undefined;
let subscribed = false;
let started: Promise<void> | undefined;
/** Pages are being served: what is read from now on was learned late. */
let ready = false;

const millis = (at: Date | null): number | undefined => at?.getTime();
const dateAt = (ms: number | undefined): Date | null => (ms === undefined ? null : new Date(ms));
const sameExpiry = (a: Expiry | undefined, b: Expiry) => a !== undefined && a.stale === b.stale && a.expired === b.expired;

/** Sets the manifest entry of `tag`; a time this process learns only now counts from now. */
function apply(tag: string, expiry: Expiry, learnedAt: number | null): void {
  const at = (t: number | undefined) => (t === undefined || learnedAt === null ? t : Math.max(t, learnedAt));
  const entry = { ...tagsManifest.get(tag) };
  const stale = at(expiry.stale);
  const expired = at(expiry.expired);
  if (stale !== undefined) entry.stale = stale;
  if (expired !== undefined) entry.expired = expired;
  tagsManifest.set(tag, entry);
}

async function readChanges(): Promise<void> {
  const since = readUpTo && new Date(readUpTo.getTime() - READ_OVERLAP_MS);
  const rows = await db()
    .select()
    .from(pageTagExpiries)
    .where(since ? gte(pageTagExpiries.changedAt, since) : undefined);
  // The first read, before any page: the times as recorded (pages on disk were stored by this host's clock).
  const learnedAt = ready ? Date.now() : null;
  for (const row of rows) {
    if (!readUpTo || row.changedAt > readUpTo) readUpTo = row.changedAt;
    const expiry = { stale: millis(row.staleAt), expired: millis(row.expiredAt) };
    if (sameExpiry(recorded.get(row.tag), expiry)) continue;
    recorded.set(row.tag, expiry);
    apply(row.tag, expiry, learnedAt);
  }
}

/** Reads what changed, one read at a time; a failure is logged once until a read succeeds again. */
function catchUp(): Promise<void> {
  reading = reading.then(readChanges).then(
    () => {
      if (failing) console.error('[cache] page tag expiries read again');
      failing = false;
    },
    (error: unknown) => {
      if (!failing) console.error('[cache] cannot read page tag expiries:', error instanceof Error ? error.message : error);
      failing = true;
    },
  );
  return reading;
}

async function start(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  // A notice, or (key null) a listening connection that came back and may have missed some.
  if (!subscribed) onInvalidation('pageTags', () => void (started && catchUp()));
  subscribed = true;
  timer = setInterval(() => {
    // Listening again too, had it failed: listenForInvalidations() is a no-op while it works.
    void listenForInvalidations().then(catchUp);
  }, TAG_EXPIRIES_READ_EVERY_MS);
  timer.unref();
  // Listening first, then reading: a change made in between is in the read or in a notice.
  const first = listenForInvalidations().then(catchUp);
  let waited: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (waited = setTimeout(() => resolve('late'), FIRST_READ_WAIT_MS)));
  if ((await Promise.race([first, late])) === 'late') {
    console.error(`[cache] serving pages before the page tag expiries were read (waited ${FIRST_READ_WAIT_MS} ms)`);
  }
  clearTimeout(waited);
}

/**
 * Starts following the other processes' expiries, once per process, on the first cache read (not
 * at import: `next build` has no database). Resolves when the table has been read once (or after
 * FIRST_READ_WAIT_MS); at once from then on.
 */
export function followTagExpiries(): Promise<void> | undefined {
  if (ready) return undefined;
  started ??= start().finally(() => {
    ready = true;
  });
  return started;
}

/**
 * Records the expiry of `tags` that Next has just made in this process, for every other process:
 * one row per tag and a NOTIFY, in one transaction. A failure is logged, not thrown: the change it
 * follows has committed, and this process's pages are already expired; the others then show it
 * within their `revalidate`.
 */
export async function shareTagExpiries(tags: string[]): Promise<void> {
  if (!process.env.DATABASE_URL || tags.length === 0) return;
  const rows = [...new Set(tags)].map((tag) => {
    const { stale, expired } = tagsManifest.get(tag) ?? {};
    return { tag, staleAt: dateAt(stale), expiredAt: dateAt(expired) };
  });
  try {
    const written = await db().transaction(async (tx) => {
      const written = await tx
        .insert(pageTagExpiries)
        .values(rows)
        .onConflictDoUpdate({
          target: pageTagExpiries.tag,
          set: {
            staleAt: sql`coalesce(excluded.stale_at, ${pageTagExpiries.staleAt})`,
            expiredAt: sql`coalesce(excluded.expired_at, ${pageTagExpiries.expiredAt})`,
            changedAt: sql`now()`,
          },
        })
        .returning();
      const { channel, payload } = invalidationNotice('pageTags');
      await tx.execute(sql`select pg_notify(${channel}, ${payload})`);
      return written;
    });
    // This process applied them already: its own rows, read back later, are not news.
    for (const row of written) recorded.set(row.tag, { stale: millis(row.staleAt), expired: millis(row.expiredAt) });
  } catch (error) {
    console.error('[cache] cannot share a page tag expiry:', error instanceof Error ? error.message : error);
  }
}

/** Stops the timer and forgets what was read; for tests and processes that end. */
export async function stopFollowingTagExpiries(): Promise<void> {
  clearInterval(timer);
  timer = undefined;
  await started;
  await reading;
  started = undefined;
  ready = false;
  readUpTo = null;
  recorded.clear();
}
