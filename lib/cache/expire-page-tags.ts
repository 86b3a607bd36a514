import 'server-only';
import { sql } from 'drizzle-orm';
import { invalidationNotice } from '@/db/invalidation';
import { pageTagExpiries } from '@/db/schema';
import type { Executor } from '@/db/tx';
import { PAGE_TAGS, type PageTag } from './tags';

/**
 * Expires every cached page showing these kinds of record, in every web process, from a process
 * that serves no pages (the worker publishing a scheduled update): `revalidateTag` needs a request,
 * so the expiry is written where the web processes read them (page_tag_expiries, and a NOTIFY;
 * lib/cache/tag-expiries.ts). Run it in the transaction of the change: both commit together, and a
 * process that renders again on the notice sees the change.
 */
export async function expirePageTagsEverywhere(executor: Executor, kinds: PageTag[]): Promise<void> {
  const tags = [...new Set(kinds.map((kind) => PAGE_TAGS[kind]))];
  if (tags.length === 0) return;
  const now = sql`now()`;
  await executor
    .insert(pageTagExpiries)
    .values(tags.map((tag) => ({ tag, staleAt: now, expiredAt: now, changedAt: now })))
    .onConflictDoUpdate({ target: pageTagExpiries.tag, set: { staleAt: now, expiredAt: now, changedAt: now } });
  const { channel, payload } = invalidationNotice('pageTags');
  await executor.execute(sql`select pg_notify(${channel}, ${payload})`);
}
