import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { frontCacheKey, keepInFrontCache, sendFromFrontCache } from '@/lib/cache/front-cache';
import { withoutMarker, withScriptHashes } from '@/lib/security/headers';
import { withoutFrameworkScripts, type ScriptFreePages } from '@/lib/http/script-free-pages';
import { sealInlineScripts, withoutMarkerText } from '@/lib/security/inline-scripts';

// What the production server does to every HTML page Next sends, before it leaves the machine:
// 0. weight: a page that needs no JavaScript loses the framework's (lib/http/script-free-pages.ts);
// 1. the policy: the hashes of Next's own inline scripts into `script-src`, the marker out of the
//    HTML (lib/security/inline-scripts.ts);
// 2. caching: a page Next serves from its page cache (`s-maxage=…`) gets a Cache-Control a CDN or
//    a reverse proxy may act on; one that sets a cookie (the language just switched) stays private;
// 3. compression: Next would gzip the page before step 1 could read it, so Next gets the request
//    without Accept-Encoding and the page is gzipped here, once per distinct page (a cached page is
//    the same bytes for every visitor, so the gzip is kept);
// 4. the front cache: that finished answer, for a plain GET of a cached page, is kept and sent
//    again without asking Next until a tag changes or a few seconds pass (lib/cache/front-cache.ts).

/** How long a CDN or proxy may serve a page without asking (the origin's cache is invalidated by tag at once). */
export const SHARED_MAX_AGE = 30;
/** …and may serve it stale while it asks again, and when the origin is down. */
export const STALE_WHILE_REVALIDATE = 30;
export const STALE_IF_ERROR = 86_400;

export function publicCacheControl(originMaxAge: number): string {
  const shared = Math.max(1, Math.min(originMaxAge, SHARED_MAX_AGE));
  return `public, max-age=0, s-maxage=${shared}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}, stale-if-error=${STALE_IF_ERROR}`;
}

/** Requests whose answer may be a page or the router's RSC payload of one: not Next's files, not the APIs. */
function mayBePage(req: IncomingMessage): boolean {
  const url = req.url ?? '/';
  return !url.startsWith('/_next/static/') && !url.startsWith('/api/');
}

type Sealed = { body: Buffer; hashes: string[]; gzip?: Buffer };
const sealedPages = new Map<string, Sealed>();
const SEALED_KEPT = 500;

/** `scripts`: those the page loads when it may go without them (lib/http/script-free-pages.ts). */
function seal(raw: Buffer, marker: string, scripts: ReadonlySet<string> | null): Sealed {
  const key = createHash('sha256').update(raw).update(scripts ? '\0script-free' : '').digest('base64');
  const known = sealedPages.get(key);
  if (known) return known;
  const text = raw.toString('utf8');
  const { html, hashes } = sealInlineScripts((scripts && withoutFrameworkScripts(text, scripts)) ?? text, marker);
  const sealed: Sealed = { body: Buffer.from(html, 'utf8'), hashes };
  if (sealedPages.size >= SEALED_KEPT) sealedPages.delete(sealedPages.keys().next().value!);
  sealedPages.set(key, sealed);
  return sealed;
}

const pathnameOf = (url: string) => {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
};

const header = (value: number | string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value?.toString());

const acceptsGzipOf = (req: IncomingMessage) => /\bgzip\b/.test(header(req.headers['accept-encoding']) ?? '');

/**
 * Wraps a request handler (Next's) so that every HTML page it answers passes the steps above.
 * Other answers go through untouched. `scriptFree` names the pages served without scripts.
 */
export function servingPages(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void, marker: string, scriptFree: ScriptFreePages = () => null) {
  return (req: IncomingMessage, res: ServerResponse): Promise<void> | void => {
    const askedAt = Date.now();
    const frontKey = frontCacheKey(req);
    if (frontKey !== null && sendFromFrontCache(frontKey, acceptsGzipOf(req), res)) return;
    // Whatever the answer, the marker never leaves in a header (the router's RSC fetches, media …).
    const setHeader = res.setHeader.bind(res);
    res.setHeader = ((name: string, value: number | string | readonly string[]) =>
      setHeader(name, name.toLowerCase() === 'content-security-policy' && typeof value === 'string' ? withoutMarker(value, marker) : value)) as typeof res.setHeader;
    if (!mayBePage(req)) return handle(req, res);
    const acceptsGzip = acceptsGzipOf(req);
    delete req.headers['accept-encoding'];
    // A 304 would carry no body, so no hashes: the browser would keep its copy of the page under a
    // policy that lets none of its inline scripts run. A page is always sent whole.
    delete req.headers['if-none-match'];
    delete req.headers['if-modified-since'];

    const chunks: Buffer[] = [];
    let head: { status: number; headers?: OutgoingHttpHeaders } | null = null;
    let passThrough: boolean | null = null;
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;

    // Node's own end() and write() call this.writeHead() for the implicit head: put it back first.
    const restore = () => {
      res.writeHead = writeHead as typeof res.writeHead;
      res.write = write as typeof res.write;
      res.end = end as typeof res.end;
    };
    const decide = () => {
      if (passThrough !== null) return passThrough;
      const type = header(head?.headers?.['content-type'] as string | undefined) ?? header(res.getHeader('content-type'));
      // Pages, and the RSC payloads the router fetches (they carry the marker as a nonce too).
      passThrough = !type?.startsWith('text/html') && !type?.startsWith('text/x-component');
      if (passThrough) {
        restore();
        if (head) {
          for (const [name, value] of Object.entries(head.headers ?? {})) if (value !== undefined) res.setHeader(name, value);
          writeHead(head.status);
        }
      }
      return passThrough;
    };
    const toBuffer = (chunk: unknown, encoding?: unknown) =>
      Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, (encoding as BufferEncoding) ?? 'utf8') : Buffer.from(chunk as Uint8Array);

    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const headers = rest.find((r) => typeof r === 'object' && r !== null) as OutgoingHttpHeaders | undefined;
      head = { status, headers };
      return res;
    }) as typeof res.writeHead;

    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (decide()) return write(chunk, ...rest);
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, typeof rest[0] === 'string' ? rest[0] : undefined));
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof res.write;

    res.end = ((...args: unknown[]) => {
      if (decide()) return end(...args);
      const callback = args.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (args[0] !== undefined && typeof args[0] !== 'function') chunks.push(toBuffer(args[0], typeof args[1] === 'string' ? args[1] : undefined));
      const raw = Buffer.concat(chunks);
      const type = header(head?.headers?.['content-type'] as string | undefined) ?? header(res.getHeader('content-type')) ?? '';
      if (!type.startsWith('text/html')) {
        // An RSC payload: the marker out, compressed; its caching is Next's (it varies by the router's headers).
        if (head?.headers) for (const [name, value] of Object.entries(head.headers)) if (value !== undefined) res.setHeader(name, value);
        let payload = Buffer.from(withoutMarkerText(raw.toString('utf8'), marker), 'utf8');
        res.setHeader('vary', [header(res.getHeader('vary')), 'Accept-Encoding'].filter(Boolean).join(', '));
        if (acceptsGzip && payload.length > 1024) {
          payload = gzipSync(payload);
          res.setHeader('content-encoding', 'gzip');
        }
        res.setHeader('content-length', payload.length);
        res.statusCode = head?.status ?? res.statusCode;
        restore();
        return req.method === 'HEAD' ? end(callback) : end(payload, callback);
      }
      // Only a page as such: Next answers a 404 or an error thrown before the page's first bytes
      // with an empty document that the router fills in the browser.
      const status = head?.status ?? res.statusCode;
      const page = seal(raw, marker, status === 200 ? scriptFree(pathnameOf(req.url ?? '/')) : null);
      if (head?.headers) for (const [name, value] of Object.entries(head.headers)) if (value !== undefined) res.setHeader(name, value);


      const policy = header(res.getHeader('content-security-policy'));
      if (policy) res.setHeader('content-security-policy', withScriptHashes(policy, page.hashes));
      const cacheControl = header(res.getHeader('cache-control')) ?? '';
      const originMaxAge = /^s-maxage=(\d+)/.exec(cacheControl);
      // Only what everyone gets alike may be shared: never the answer to a form (a server action
      // posted without JavaScript renders the page with what was typed), never one setting a cookie.
      const shared = (req.method === 'GET' || req.method === 'HEAD') && res.getHeader('set-cookie') === undefined;
      if (!shared) res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
      else if (originMaxAge) res.setHeader('cache-control', publicCacheControl(Number(originMaxAge[1])));

      let body = page.body;
      res.setHeader('vary', [header(res.getHeader('vary')), 'Accept-Encoding'].filter(Boolean).join(', '));
      if (frontKey !== null) keepInFrontCache(frontKey, askedAt, status, res.getHeaders(), page, originMaxAge ? Number(originMaxAge[1]) : null);
      if (acceptsGzip && body.length > 1024) {
        page.gzip ??= gzipSync(body);
        body = page.gzip;
        res.setHeader('content-encoding', 'gzip');
        const etag = header(res.getHeader('etag'));
        if (etag && !etag.startsWith('W/')) res.setHeader('etag', `W/${etag}`);
      }
      res.setHeader('content-length', body.length);
      res.statusCode = head?.status ?? res.statusCode;
      restore();
      return req.method === 'HEAD' ? end(callback) : end(body, callback);
    }) as typeof res.end;

    return handle(req, res);
  };
}
