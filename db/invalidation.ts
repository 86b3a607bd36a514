import type postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { db } from './client';
import { directUrl, openPostgres } from './connection';

// Web processes keep a few hot reads in memory for seconds (the petition being signed, the block
// lists). Several processes, on one machine or many, must drop such a copy when an organiser
// changes what it holds, not only the process that made the change: a change is announced with
// PostgreSQL's NOTIFY, and every process LISTENs on one channel.
//
// LISTEN needs a session of its own on the real server (a transaction-mode pooler hands each
// transaction to any connection, and notifications arrive only on the one that listens): it uses
// DATABASE_DIRECT_URL when set. NOTIFY is an ordinary statement and goes through the pool.
// Should the listening connection drop, postgres.js opens it again and every copy is dropped then
// (a notification may have been missed meanwhile); while it is down, each cache's own lifetime
// (seconds) is the bound on how stale it can be.

const CHANNEL = 'yntymaq_invalidate';

/**
 * A kind of cached read; `key` names one entry of it (a slug), or null for all of them.
 * `pageTags`: the page cache's tag expiries changed (lib/cache/tag-expiries.ts reads which).
 */
const TOPICS = ['petition', 'blocks', 'pageTags'] as const;
export type InvalidationTopic = (typeof TOPICS)[number];
const isTopic = (value: unknown): value is InvalidationTopic => TOPICS.some((topic) => topic === value);
type Handler = (key: string | null) => void;

const handlers = new Map<InvalidationTopic, Set<Handler>>();
let listener: { sql: postgres.Sql; ready: Promise<void> } | undefined;

/** Runs `handler` whenever any process (this one included) announces a change of `topic`. */
export function onInvalidation(topic: InvalidationTopic, handler: Handler): void {
  let set = handlers.get(topic);
  if (!set) handlers.set(topic, (set = new Set()));
  set.add(handler);
}

function dispatch(topic: InvalidationTopic, key: string | null): void {
  for (const handler of handlers.get(topic) ?? []) handler(key);
}

function dispatchAll(): void {
  for (const topic of handlers.keys()) dispatch(topic, null);
}

function parse(payload: string): { topic: InvalidationTopic; key: string | null } | null {
  try {
    const value = JSON.parse(payload) as { topic?: unknown; key?: unknown };
    if (!isTopic(value.topic)) return null;
    return { topic: value.topic, key: typeof value.key === 'string' ? value.key : null };
  } catch {
    return null;
  }
}

/**
 * Starts listening, once per process, on the first cached read (not at import: `next build` has no
 * database). Returns when the LISTEN is in place; a failure is logged and tried again next time.
 */
export function listenForInvalidations(): Promise<void> {
  if (listener) return listener.ready;
  const url = process.env.DATABASE_URL;
  if (!url) return Promise.resolve();
  const client = openPostgres(directUrl(url), { max: 1 });
  let first = true;
  const ready = client
    .listen(
      CHANNEL,
      (payload) => {
        const message = parse(payload);
        if (message) dispatch(message.topic, message.key);
      },
      () => {
        // Every LISTEN after the first follows a lost connection: what was announced meanwhile is unknown.
        if (!first) dispatchAll();
        first = false;
      },
    )
    .then(() => undefined);
  const current = { sql: client, ready };
  listener = current;
  ready.catch((error: unknown) => {
    console.error('[cache] cannot listen for invalidations:', error instanceof Error ? error.message : error);
    if (listener === current) listener = undefined;
    void client.end({ timeout: 1 });
  });
  return ready.catch(() => {});
}

/** The channel and payload that announce a change of `topic`: what any client may NOTIFY. */
export function invalidationNotice(topic: InvalidationTopic, key: string | null = null): { channel: string; payload: string } {
  return { channel: CHANNEL, payload: JSON.stringify({ topic, key }) };
}

/**
 * Drops `topic` (one `key`, or all) in this process at once and in every other process through
 * NOTIFY. Call it after the change committed, so a process that reads again sees the change.
 */
export async function announceInvalidation(topic: InvalidationTopic, key: string | null = null): Promise<void> {
  dispatch(topic, key);
  if (!process.env.DATABASE_URL) return;
  try {
    const { channel, payload } = invalidationNotice(topic, key);
    await db().execute(sql`select pg_notify(${channel}, ${payload})`);
  } catch (error) {
    // The change itself is committed; other processes then see it when their copy runs out.
    console.error('[cache] cannot announce an invalidation:', error instanceof Error ? error.message : error);
  }
}

/** Stops listening; for tests and processes that end. */
export async function stopListening(): Promise<void> {
  const current = listener;
  listener = undefined;
  await current?.sql.end({ timeout: 1 });
}
