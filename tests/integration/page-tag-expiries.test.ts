import { createRequire } from 'node:module';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openPostgres } from '@/db/connection';
import { invalidationNotice } from '@/db/invalidation';
import { expirePageTagsEverywhere } from '@/lib/cache/expire-page-tags';
import { PAGE_TAGS } from '@/lib/cache/tags';
import { db } from '@/db/client';
import { followTagExpiries, shareTagExpiries, stopFollowingTagExpiries, TAG_EXPIRIES_READ_EVERY_MS } from '@/lib/cache/tag-expiries';
import { useTestDatabase } from '../support/database';

// Each web process keeps Next's page-cache tag expiries in memory (its tags manifest) and takes the
// other processes' from page_tag_expiries. Here "another process" is another client of the
// database writing what a web process writes when it expires a tag; this process must learn it at
// once from the notice, from the table at start, and without the notice when that is lost.

const require = createRequire(import.meta.url);
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const database = useTestDatabase();
afterEach(() => stopFollowingTagExpiries());
afterAll(() => stopFollowingTagExpiries());

let counter = 0;
const newTag = () => `test-tag-${(counter += 1)}-${Date.now()}`;

/** What another web process does when a tag expires there: the row, and (unless `quietly`) the notice. */
async function expireElsewhere(tag: string, expiredAt: Date, options: { quietly?: boolean } = {}): Promise<void> {
  const other = openPostgres(database.url(), { max: 1 });
  try {
    await other.begin(async (tx) => {
      await tx`insert into page_tag_expiries (tag, expired_at) values (${tag}, ${expiredAt})
               on conflict (tag) do update set expired_at = excluded.expired_at, changed_at = now()`;
      const { channel, payload } = invalidationNotice('pageTags');
      if (!options.quietly) await tx`select pg_notify(${channel}, ${payload})`;
    });
  } finally {
    await other.end();
  }
}

async function learned(tag: string, ms: number): Promise<number | undefined> {
  const until = Date.now() + ms;
  while (tagsManifest.get(tag)?.expired === undefined && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  return tagsManifest.get(tag)?.expired;
}

describe('page tag expiries shared between processes', () => {
  it('learns an expiry made elsewhere from its notice within milliseconds, counted from when it learned it', async () => {
    await followTagExpiries();
    const tag = newTag();
    // The other host's clock is a minute behind: what this process stored until now is still older than the change.
    const sent = Date.now();
    await expireElsewhere(tag, new Date(sent - 60_000));
    const committed = Date.now();
    const expired = await learned(tag, 1_000);
    console.log(`[tag expiries] learned from the notice ${Date.now() - committed} ms after the other client's commit`);
    expect(expired).toBeGreaterThanOrEqual(sent);
    expect(expired).toBeLessThanOrEqual(Date.now());
  });

  it('reads the whole table when it starts, before the first page, with the times as recorded', async () => {
    const tag = newTag();
    const at = new Date(Date.now() - 30_000);
    await expireElsewhere(tag, at, { quietly: true });
    tagsManifest.delete(tag);
    await followTagExpiries();
    expect(tagsManifest.get(tag)?.expired).toBe(at.getTime());
  });

  it('records its own expiry for the others, with a notice', async () => {
    await followTagExpiries();
    const tag = newTag();
    const listener = openPostgres(database.url(), { max: 1 });
    const notices: string[] = [];
    try {
      await listener.listen(invalidationNotice('pageTags').channel, (payload) => notices.push(payload));
      const now = Date.now();
      tagsManifest.set(tag, { stale: now, expired: now });
      await shareTagExpiries([tag]);
      const [row] = await listener<{ stale_at: Date; expired_at: Date }[]>`select stale_at, expired_at from page_tag_expiries where tag = ${tag}`;
      expect(row?.expired_at.getTime()).toBe(now);
      expect(row?.stale_at.getTime()).toBe(now);
      await new Promise((r) => setTimeout(r, 200));
      expect(notices).toContain(invalidationNotice('pageTags').payload);
    } finally {
      await listener.end();
    }
  });

  it('learns an expiry whose notice it missed when its listening connection comes back', async () => {
    await followTagExpiries();
    const other = openPostgres(database.url(), { max: 1 });
    try {
      await other`select pg_terminate_backend(pid) from pg_stat_activity
                  where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`;
    } finally {
      await other.end();
    }
    const tag = newTag();
    await expireElsewhere(tag, new Date());
    // The new LISTEN reads what changed; the timer would too, within its period.
    expect(await learned(tag, 3_000)).toBeDefined();
  });

  it('learns an expiry without any notice within its reading period', async () => {
    await followTagExpiries();
    const tag = newTag();
    const sent = Date.now();
    await expireElsewhere(tag, new Date(sent), { quietly: true });
    expect(await learned(tag, TAG_EXPIRIES_READ_EVERY_MS + 1_000)).toBeGreaterThanOrEqual(sent);
    console.log(`[tag expiries] learned without a notice ${Date.now() - sent} ms later`);
  }, 15_000);

  it('learns the expiry a process without requests records (the worker publishing a scheduled update)', async () => {
    await followTagExpiries();
    const tag = PAGE_TAGS.updates;
    const before = tagsManifest.get(tag)?.expired ?? 0;
    const sent = Date.now();
    await db().transaction((tx) => expirePageTagsEverywhere(tx, ['updates']));
    const until = Date.now() + 1_000;
    while ((tagsManifest.get(tag)?.expired ?? 0) <= before && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    expect(tagsManifest.get(tag)?.expired).toBeGreaterThanOrEqual(sent - 1_000);
  });
});
