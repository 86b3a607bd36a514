import { after } from 'next/server';
import { revalidateTag, unstable_cache } from 'next/cache';

// The public pages are rendered once and kept in Next's page cache (ISR) until something they show
// changes. Each page declares here which kinds of record it shows (`showsOnPage`); each organiser
// command that changes such a record calls `pagesChanged` with the same kind, and every cached
// page that shows it is thrown away at once, to be rendered again on its next visit. One tag per
// kind of record, not per record: organisers' edits are rare, a missed dependency would show stale
// text, and a page rendered again costs milliseconds.

export const PAGE_TAGS = {
  /** People, their profiles, the Zhanaozen page, sources. */
  cases: 'cases',
  /** Petitions: text, status, goal, delivery, invalidated signatures, paper counts. */
  petitions: 'petitions',
  /** Pickets: approval, edits, cancellation, attendance. */
  pickets: 'pickets',
  /** Case updates: published, edited, unscheduled. */
  updates: 'updates',
  /** Solidarity resolutions: approved (or rejected) by an organiser; the support line counts them. */
  resolutions: 'resolutions',
  /** Letter actions: opened, closed, edited (their letter counts follow `revalidate`). */
  letters: 'letters',
} as const;

export type PageTag = keyof typeof PAGE_TAGS;

/**
 * How long a cached page may go without being rendered again, for what changes without anybody's
 * command: time passing (a picket becomes past, a petition reaches its closing time), an update
 * published at its scheduled time by the worker (another process), signature counts. Edits do
 * not wait for it: they invalidate by tag.
 */
export const PAGE_REVALIDATE_SECONDS = 60;

/**
 * Tags the page being rendered with the kinds of record it shows. Next collects the tags of
 * `unstable_cache` reads into the page's cache entry; the read itself caches nothing of value
 * (the page reads its data directly, so each render is fresh).
 */
export async function showsOnPage(...kinds: PageTag[]): Promise<void> {
  const tags = kinds.map((k) => PAGE_TAGS[k]);
  await unstable_cache(async () => true, ['page-tags', ...tags], { tags })();
}

// Outside a request (integration tests calling the domain functions, scripts, the worker) there is
// no page cache to invalidate: Next throws this, and nothing needs doing.
const NO_REQUEST = 'static generation store missing';

/**
 * Called after an organiser's command has committed: every cached page showing these kinds of
 * record is expired now (not served stale while it renders again), in this web process and,
 * through the page cache's handler (page-cache-handler.ts), in every other one, so the next visitor
 * sees the change wherever they land. From server actions and route handlers.
 */
export function pagesChanged(...kinds: PageTag[]): void {
  for (const kind of kinds) {
    try {
      revalidateTag(PAGE_TAGS[kind], { expire: 0 });
    } catch (e) {
      if (e instanceof Error && e.message.includes(NO_REQUEST)) return;
      throw e;
    }
  }
}

/**
 * The same from a page that changes something while it renders (a confirmation link opened):
 * Next forbids invalidating during a render, so it runs once the response is sent.
 */
export function pagesChangedAfterResponse(...kinds: PageTag[]): void {
  try {
    after(() => pagesChanged(...kinds));
  } catch (e) {
    // after() outside a request scope: as above, nothing is cached here.
    if (e instanceof Error && /outside a request scope|static generation store missing/.test(e.message)) return;
    throw e;
  }
}

/** Runs an organiser's command and, once it has committed and succeeded, expires the pages showing what it changed. */
export async function changingPages<T extends { ok: boolean } | null>(kinds: PageTag[], command: Promise<T>): Promise<T> {
  const result = await command;
  if (result?.ok) pagesChanged(...kinds);
  return result;
}
