// The production web server: node:http in front of Next.js's request handler (`next start` with a
// door), on every core. Every request passes lib/http/request-guards.ts first: methods, paths and
// queries Next.js or PostgreSQL cannot take are refused with a 4xx, the client's identity headers
// are replaced by what the socket (and TRUSTED_PROXIES) say, and server-action POSTs are checked
// for origin, size, target (an action of this build, posted to a page that uses it) and shape.
// Then `POST /api/petitions/:slug/signatures` is answered here (lib/petitions/sign-endpoint.ts: the
// route's own function and schema, without the framework's work per request) and everything else
// by Next.js; every HTML page it answers passes lib/security/page-responses.ts (the script hashes
// of the Content-Security-Policy, the Cache-Control of cached pages, gzip). `createRequestListener`
// is the reusable part.
//
// Run this file to serve: the primary process forks WEB_CONCURRENCY web processes (default: one
// per core) that share PORT on HOSTNAME (see listenAddress), and starts again one that dies
// (scripts/web-cluster.ts).
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { hostname as machineName } from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import next from 'next';
import { closeDb } from '@/db/client';
import { stopListening } from '@/db/invalidation';
import { stopFollowingTagExpiries } from '@/lib/cache/tag-expiries';
import { listenAddress, parseEnvOrExit } from '@/lib/env';
import { appUrl } from '@/lib/site-url';
import { loadActionRoutes, refuseActionTarget } from '@/lib/http/action-routes';
import {
  MAX_HEADER_BYTES,
  refuseActionBody,
  refusePost,
  refuseRequestLine,
  setTrustedHeaders,
  type GuardConfig,
  type Refusal,
} from '@/lib/http/request-guards';
import { loadScriptFreePages } from '@/lib/http/script-free-pages';
import { servingPages } from '@/lib/security/page-responses';
import { appSecret } from '@/lib/secrets/app-secret';
import { SCRIPT_MARKER_ENV, scriptMarker } from '@/lib/security/inline-scripts';
import { serveSignRequest, signRequestSlug } from '@/lib/petitions/sign-endpoint';
import { startWebCluster, webProcessCount } from './web-cluster';

/** The server-action body limit of next.config.js (6 MB), so an oversized body is a 413 before it is read. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

function refuse(res: ServerResponse, refusal: Refusal): void {
  // One line per refusal, without the path or the client's address: enough to tell an attack from a bug.
  if (refusal.status >= 500 || process.env.LOG_REFUSALS === '1') console.warn(`[server] ${refusal.status} ${refusal.reason}`);
  const body = `${refusal.status} ${refusal.reason}\n`;
  res.writeHead(refusal.status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // An unread body may follow: do not parse it as the next request.
    Connection: 'close',
    ...refusal.headers,
  });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Over the limit: stop keeping it; the 413 closes the connection once it is written.
      if (size > limit) resolve(null);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A request Next.js can read again: the same line, headers and socket, with the body already read. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  // Whole: destroying an incomplete request (as a finished async iteration does) would destroy the socket.
  copy.complete = true;
  return copy;
}

/** Wraps Next.js's handler (or any handler) in the request guards. */
export function createRequestListener(handle: Handle, config: GuardConfig): RequestListener {
  return (req, res) => {
    void (async () => {
      const line = refuseRequestLine(req.method, req.url);
      if (line) return refuse(res, line);
      setTrustedHeaders(req.headers, req.socket.remoteAddress, config);
      if (req.method !== 'POST') return handle(req, res);
      const post = refusePost(req.url!, req.headers, config);
      if (post) return refuse(res, post);
      if (req.url!.startsWith('/api/')) return handle(req, res);
      // An action id of another build, or of another page: Next.js would forward it and answer 200.
      const target = refuseActionTarget(req.url!, req.headers['next-action'], config.actionRoutes);
      if (target) return refuse(res, target);
      // A page POST is a server action: read it (within the limit) and check its shape first.
      const body = await readBody(req, config.maxBodyBytes);
      if (body === null) return refuse(res, { status: 413, reason: 'body too large' });
      const shape = await refuseActionBody(req.headers['content-type'], body, req.headers['next-action'] !== undefined);
      if (shape) return refuse(res, shape);
      return handle(replay(req, body), res);
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) refuse(res, { status: 500, reason: 'internal error' });
      else res.destroy();
    });
  };
}

/** A node:http server with the guards and sane timeouts (a slow client cannot hold a socket for ever). */
export function createGuardedServer(handle: Handle, config: GuardConfig): Server {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 60_000, headersTimeout: 20_000 }, createRequestListener(handle, config));
  // CONNECT and Upgrade requests bypass the request listener; the site serves neither. Without a
  // listener Node would drop the connection unanswered.
  const refuseRaw = (_req: IncomingMessage, socket: Duplex) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST, OPTIONS\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  };
  server.on('connect', refuseRaw);
  server.on('upgrade', refuseRaw);
  return server;
}

/** Next.js's handler, with the hot JSON endpoint answered before it. */
function withDirectPaths(nextHandle: Handle): Handle {
  return (req, res) => {
    const slug = signRequestSlug(req);
    return slug === null ? nextHandle(req, res) : serveSignRequest(req, res, slug);
  };
}

/** One web process: Next.js behind the guards, on the port the cluster shares. */
async function serveWeb() {
  const config = parseEnvOrExit();
  const host = listenAddress(config, machineName());
  // The same marker in every process serving this build, so pages cached by one are sealed by any
  // (lib/security/inline-scripts.ts); the proxy reads it from the environment.
  const marker = scriptMarker(appSecret(), readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim());
  process.env[SCRIPT_MARKER_ENV] = marker;
  // Next.js builds the proxy's request URL on `localhost` and compares a rewrite's target with a URL
  // on this name: on any other, every rewrite (the filtered lists) would be proxied to itself over
  // HTTP. It names no address to listen on: the server below listens on `host`.
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port: config.PORT });
  await app.prepare();
  const pages = servingPages(app.getRequestHandler(), marker, loadScriptFreePages(path.join(process.cwd(), '.next')));
  const server = createGuardedServer(withDirectPaths(pages), {
    appUrl: appUrl(config),
    trustedProxies: config.TRUSTED_PROXIES,
    maxBodyBytes: MAX_BODY_BYTES,
    actionRoutes: loadActionRoutes(path.join(process.cwd(), '.next')),
  });
  server.listen(config.PORT, host);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Requests in flight finish; the database connections and the cache listener close after them.
    server.close(() => {
      void stopFollowingTagExpiries()
        .then(stopListening)
        .then(closeDb)
        .finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main() {
  if (!cluster.isPrimary) return serveWeb();
  const config = parseEnvOrExit();
  const host = listenAddress(config, machineName());
  const count = webProcessCount(config.WEB_CONCURRENCY);
  const web = startWebCluster({ count, exec: fileURLToPath(import.meta.url) });
  console.log(`Listening on ${host}:${config.PORT} with ${count} web process${count === 1 ? '' : 'es'}`);
  process.on('SIGTERM', () => void web.stop());
  process.on('SIGINT', () => void web.stop());
  process.exit(await web.done);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
