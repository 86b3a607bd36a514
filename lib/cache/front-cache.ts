import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { lastTagChange } from './tags-manifest';

// The production server's front cache: the finished answer for a cached public page (sealed,
// with its policy, Cache-Control and gzip), kept in memory and sent again before Next is asked.
// Next's own cache still decides what a page is: only an answer Next took from its page cache or
// rendered into it (`s-maxage`, x-nextjs-cache HIT or MISS, 200, the same for everyone) is kept.
// What it saves is the framework's work per request (routing, the proxy, the page cache read,
// the sealing), which held a cached page at a quarter of a static file's rate (docs/caching.md).
//
// It is never staler than Next's cache would be, give or take FRONT_CACHE_SECONDS:
// - a tag that went stale or expired after a page was asked for drops the page at once (the same
//   tags manifest Next reads, which every process keeps from the others' expiries: tag-expiries.ts);
// - a page is sent from here for at most FRONT_CACHE_SECONDS, or its own `revalidate` if shorter
//   (a petition's 1 s); then one request asks Next again while the others get the kept page, for
//   at most REFRESH_GRACE_MS.
// Only plain page loads are kept: a GET without a query (filtered lists are rendered per request,
// and a query per entry would let anyone fill memory) and without the router's headers (its RSC
// requests get other bytes for the same address).

export const FRONT_CACHE_SECONDS = 5;
const REFRESH_GRACE_MS = 10_000;
const KEPT_MAX = 500;

/** Request headers of Next's client router and its internals: their answers are not the page. */
const ROUTER_HEADER = /^(rsc|next-|x-middleware|x-nextjs|x-next-|x-now|x-matched-path|x-invoke)/;
/** Answer headers set per send, or per encoding, not kept. */
const PER_SEND = new Set(['content-length', 'content-encoding', 'etag', 'age', 'date', 'x-nextjs-cache', 'connection', 'keep-alive', 'transfer-encoding']);

/** What a page's answer is made of: the body as sent without compression, and its gzip once made. */
export type PageBody = { body: Buffer; gzip?: Buffer };

type Kept = {
  askedAt: number;
  freshUntil: number;
  refreshingSince: number | null;
  page: PageBody;
  headers: string[];
  etag: string | undefined;
};

const kept = new Map<string, Kept>();

/** The key of a request whose answer may be kept and sent from here, or null. */
export function frontCacheKey(req: IncomingMessage): string | null {
  if (req.method !== 'GET' || !req.url || req.url.includes('?')) return null;
  for (const name in req.headers) if (ROUTER_HEADER.test(name)) return null;
  return req.url;
}

/**
 * Sends the kept answer for `key`, if there is one that may be sent; false when Next must answer
 * (nothing kept, a tag changed since, or this request is the one that asks again).
 */
export function sendFromFrontCache(key: string, acceptsGzip: boolean, res: ServerResponse): boolean {
  const entry = kept.get(key);
  if (!entry) return false;
  const now = Date.now();
  if (entry.askedAt <= lastTagChange(now)) {
    kept.delete(key);
    return false;
  }
  if (now >= entry.freshUntil) {
    const asking = entry.refreshingSince !== null && now - entry.refreshingSince < REFRESH_GRACE_MS;
    if (!asking) {
      entry.refreshingSince = now;
      return false;
    }
    if (now - entry.freshUntil > REFRESH_GRACE_MS) return false;
  }
  const gzip = acceptsGzip && entry.page.body.length > 1024;
  const body = gzip ? (entry.page.gzip ??= gzipSync(entry.page.body)) : entry.page.body;
  const headers = [...entry.headers, 'x-nextjs-cache', 'HIT', 'age', String(Math.floor((now - entry.askedAt) / 1000)), 'content-length', String(body.length)];
  if (gzip) headers.push('content-encoding', 'gzip');
  if (entry.etag) headers.push('etag', gzip && !entry.etag.startsWith('W/') ? `W/${entry.etag}` : entry.etag);
  res.writeHead(200, headers);
  res.end(body);
  return true;
}

/**
 * Keeps the answer Next just gave to a request with `key`, asked for at `askedAt`, when it may be
 * sent to anyone: `headers` are the answer's (Cache-Control already decided), `maxAge` the page's
 * own `revalidate`. Anything else (an error, a stale page, a private answer) is not kept, and the
 * kept one, if any, is asked for again by the next request.
 */
export function keepInFrontCache(key: string, askedAt: number, status: number, headers: OutgoingHttpHeaders, page: PageBody, maxAge: number | null): void {
  const entry = kept.get(key);
  if (entry) entry.refreshingSince = null;
  const cacheControl = String(headers['cache-control'] ?? '');
  const served = String(headers['x-nextjs-cache'] ?? '');
  const keep =
    status === 200 &&
    maxAge !== null &&
    cacheControl.startsWith('public') &&
    (served === 'HIT' || served === 'MISS') &&
    headers['set-cookie'] === undefined &&
    askedAt > lastTagChange();
  if (!keep) return;
  const flat: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_SEND.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) flat.push(name, String(one));
  }
  kept.delete(key);
  if (kept.size >= KEPT_MAX) kept.delete(kept.keys().next().value!);
  kept.set(key, {
    askedAt,
    freshUntil: askedAt + Math.min(maxAge, FRONT_CACHE_SECONDS) * 1000,
    refreshingSince: null,
    page,
    headers: flat,
    etag: headers.etag === undefined ? undefined : String(headers.etag).replace(/^W\//, ''),
  });
}

/** Forgets every kept page; for tests. */
export function clearFrontCache(): void {
  kept.clear();
}
