import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearFrontCache } from '@/lib/cache/front-cache';
import { tagsManifest } from '@/lib/cache/tags-manifest';
import { servingPages } from '@/lib/security/page-responses';
import { scriptMarker } from '@/lib/security/inline-scripts';

// The front cache behind the production server's page step (servingPages), with a stand-in for
// Next that counts how often it is asked and answers as Next's page cache does.

const marker = scriptMarker('a'.repeat(32), 'build-1');
let asked = 0;
/** What the stand-in answers next: Next's Cache-Control and x-nextjs-cache, status, a cookie. */
let answer: { cacheControl: string; served: string; status: number; cookie?: string; delayMs?: number };

async function next(req: IncomingMessage, res: ServerResponse) {
  asked++;
  const n = asked;
  if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', answer.cacheControl);
  res.setHeader('x-nextjs-cache', answer.served);
  res.setHeader('content-security-policy', `script-src 'self' 'nonce-${marker}'`);
  res.setHeader('etag', '"abc"');
  if (answer.cookie) res.setHeader('set-cookie', answer.cookie);
  res.statusCode = answer.status;
  // Over 1 KB, so that it is sent compressed to a client that takes gzip.
  res.end(`<!DOCTYPE html><html><head><title>Page</title></head><body><p>render ${n} of ${req.url}</p>${'<p>text</p>'.repeat(200)}</body></html>`);
}

let port = 0;
const server = createServer((req, res) => void servingPages(next, marker)(req, res));

type Got = { status: number; headers: IncomingHttpHeaders; text: string };
function get(path: string, headers: Record<string, string> = {}): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());
beforeEach(() => {
  clearFrontCache();
  tagsManifest.clear();
  asked = 0;
  answer = { cacheControl: 's-maxage=60, stale-while-revalidate=31535940', served: 'HIT', status: 200 };
});

describe('the front cache', () => {
  it('sends a cached page again without asking Next, with the same headers, plain or gzipped', async () => {
    const first = await get('/en/about', { 'accept-encoding': 'gzip' });
    const again = await get('/en/about', { 'accept-encoding': 'gzip' });
    const plain = await get('/en/about');
    expect(asked).toBe(1);
    expect(again.text).toBe(first.text);
    expect(plain.text).toBe(first.text);
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const name of ['cache-control', 'content-security-policy', 'vary', 'content-type']) expect(again.headers[name], name).toBe(first.headers[name]);
    expect(again.headers['cache-control']).toMatch(/^public, .*s-maxage=30/);
    expect(again.headers['content-security-policy']).not.toContain(marker);
    expect(again.headers['x-nextjs-cache']).toBe('HIT');
    expect(again.headers.etag).toBe('W/"abc"');
    expect(plain.headers.etag).toBe('"abc"');
    expect(Number(again.headers.age)).toBeGreaterThanOrEqual(0);
  });

  it('asks Next again as soon as a tag went stale or expired after the page was asked for', async () => {
    await get('/en/cases');
    await get('/en/cases');
    expect(asked).toBe(1);
    tagsManifest.set('cases', { stale: Date.now(), expired: Date.now() });
    // A page asked for in the very millisecond of a change may have been read before it: not kept.
    await new Promise((r) => setTimeout(r, 2));
    const after = await get('/en/cases');
    expect(asked).toBe(2);
    expect(after.text).toContain('render 2');
    // …and keeps what Next answered then.
    await get('/en/cases');
    expect(asked).toBe(2);
  });

  it('counts an expiry set for later from now until it comes', async () => {
    tagsManifest.set('cases', { expired: Date.now() + 60_000 });
    await get('/en/cases');
    await get('/en/cases');
    expect(asked).toBe(2);
  });

  it('keeps only what everyone may be sent: a 200 from the page cache, shared, without a cookie', async () => {
    const cases: Array<Partial<typeof answer>> = [
      { served: 'STALE' },
      { served: '' },
      { status: 404 },
      { cookie: 'NEXT_LOCALE=ru' },
      { cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' },
    ];
    for (const [i, change] of cases.entries()) {
      answer = { ...answer, ...change };
      const path = `/en/page-${i}`;
      await get(path);
      await get(path);
      expect(asked, JSON.stringify(change)).toBe(2 * (i + 1));
      answer = { cacheControl: 's-maxage=60, stale-while-revalidate=31535940', served: 'HIT', status: 200 };
    }
  });

  it('never answers a query, the router or a HEAD from it', async () => {
    await get('/en/pickets');
    expect(asked).toBe(1);
    await get('/en/pickets?country=DE');
    await get('/en/pickets', { rsc: '1' });
    await get('/en/pickets', { 'next-router-prefetch': '1' });
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/en/pickets', method: 'HEAD' }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
    expect(asked).toBe(5);
  });

  it('after its time, one request asks Next while the others get the kept page', async () => {
    answer.cacheControl = 's-maxage=1, stale-while-revalidate=31535999';
    await get('/en/petitions/x');
    expect(asked).toBe(1);
    await new Promise((r) => setTimeout(r, 1_050));
    answer.delayMs = 300;
    const all = await Promise.all([get('/en/petitions/x'), get('/en/petitions/x'), get('/en/petitions/x')]);
    expect(asked).toBe(2);
    expect(all.filter((a) => a.text.includes('render 1')).length).toBe(2);
    expect(all.filter((a) => a.text.includes('render 2')).length).toBe(1);
    expect((await get('/en/petitions/x')).text).toContain('render 2');
    expect(asked).toBe(2);
  });
});
