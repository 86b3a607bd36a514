// The checks every request passes before Next.js sees it (scripts/server.ts). Plain functions of
// the method, URL, headers and socket address, so tests call them directly. What they refuse would
// otherwise reach Next.js or PostgreSQL and end as a 500: a malformed percent-escape, a NUL byte, a
// method the site does not use, a forged client address, a cross-site server action.
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import type { ActionRoutes } from './action-routes';

/** Headers only scripts/server.ts sets. A client that sends them has them removed first. */
export const CLIENT_IP_HEADER = 'x-yntymaq-client-ip';
export const LOOPBACK_HEADER = 'x-yntymaq-loopback';

/** Headers that claim who the client is or where it sent the request. Only the server sets them. */
const IDENTITY_HEADERS = new Set(['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'x-client-ip', 'true-client-ip', 'cf-connecting-ip']);

/** What the site answers: pages and APIs are GET/HEAD, forms and APIs POST, preflights OPTIONS. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;

/**
 * Longest path and URL served: a 40 KB path would be echoed into headers. The query string may be
 * longer (a search of 10,000 letters is answered), up to what the header limit below lets through.
 */
export const MAX_PATH_LENGTH = 2048;
export const MAX_URL_LENGTH = 16_384;
/** Request headers in all; Node answers 431 above it (its own default is the same 16 KB). */
export const MAX_HEADER_BYTES = 16_384;

export type Refusal = { status: number; reason: string; headers?: Record<string, string> };

export type GuardConfig = {
  /** The public address (APP_URL): the only origin server actions are accepted from, the Host every absolute URL is built from. */
  appUrl: string;
  /** Reverse proxies in front that append to X-Forwarded-For. */
  trustedProxies: number;
  /** Largest body of a POST (the server-action limit of next.config.js). */
  maxBodyBytes: number;
  /** Which page imports which server action (lib/http/action-routes.ts, from the build's manifests). */
  actionRoutes: ActionRoutes;
};

// APP_URL is the same for every request of a process: parsed once, not two or three times a
// request (a measurable share of the sign endpoint's own CPU under a wave of signatures).
let parsedApp: { text: string; url: URL } | undefined;
function appUrlOf(appUrl: string): URL {
  if (parsedApp?.text !== appUrl) parsedApp = { text: appUrl, url: new URL(appUrl) };
  return parsedApp.url;
}

/** Whether a URL names this machine only (the local mode: APP_URL unset or a loopback name). */
function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * A refusal for a request line Next.js could not serve safely, or null. The path must decode
 * (every percent-escape well formed, valid UTF-8) with no control character; the query may not
 * carry a NUL, which PostgreSQL cannot store in text and answers with an error.
 */
export function refuseRequestLine(method: string | undefined, url: string | undefined): Refusal | null {
  if (!method || !(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, reason: 'method not allowed', headers: { Allow: ALLOWED_METHODS.join(', ') } };
  }
  if (!url || !url.startsWith('/')) return { status: 400, reason: 'bad request target' };
  if (url.length > MAX_URL_LENGTH) return { status: 414, reason: 'URL too long' };
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q + 1);
  if (path.length > MAX_PATH_LENGTH) return { status: 414, reason: 'URL too long' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400, reason: 'malformed percent-escape in the path' };
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { status: 400, reason: 'control character in the path' };
  if (/%00/i.test(query) || query.includes('\u0000')) return { status: 400, reason: 'NUL byte in the query' };
  return null;
}

/** The address as PostgreSQL and the rate limits see it: an IPv4 client on a dual-stack socket is plain IPv4. */
export function normaliseAddress(address: string | undefined): string | null {
  if (!address) return null;
  const plain = address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
  return isIP(plain) ? plain : null;
}

/** Whether an address is this machine's own (127.0.0.0/8 or ::1). */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  const plain = normaliseAddress(address ?? undefined);
  if (!plain) return false;
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The client's address. With no trusted proxy it is the socket's, whatever the client sent. With
 * N proxies, each appends the address it saw to X-Forwarded-For, so the client is the N-th entry
 * from the right; entries further left were sent by the client and count for nothing. A header
 * shorter than N (a proxy that did not append) falls back to the socket.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string | null {
  const socket = normaliseAddress(socketAddress);
  if (trustedProxies === 0) return socket;
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (hops.length < trustedProxies) return socket;
  return normaliseAddress(hops[hops.length - trustedProxies]) ?? socket;
}

/**
 * Whether the request comes from this machine: its socket is loopback and, behind proxies (which
 * connect from loopback when they run here), so is the client they name. Only this decides who
 * may read the local mailbox; no header a client sends can.
 */
export function isLoopbackClient(socketAddress: string | undefined, client: string | null, trustedProxies: number): boolean {
  return isLoopbackAddress(socketAddress) && (trustedProxies === 0 || isLoopbackAddress(client));
}

/** The Host every URL Next.js builds (redirects, hreflang Link, Auth.js) is made from. */
export function canonicalHost(requestHost: string | undefined, appUrl: string): string {
  const app = appUrlOf(appUrl);
  // In local mode the same server is reached as localhost, 127.0.0.1 or [::1]: keep the one the
  // browser used (its cookies live there) when it is one of those on our port.
  if (isLocalHost(app.hostname) && requestHost) {
    try {
      const asked = new URL(`http://${requestHost}`);
      if (isLocalHost(asked.hostname) && asked.port === app.port) return asked.host;
    } catch {
      // a Host that is no host at all: use APP_URL's
    }
  }
  return app.host;
}

/**
 * Rewrites the request's identity headers in place: removes every client-sent one (and ours), then
 * sets the client address, the loopback mark, the Host from APP_URL and the protocol of APP_URL.
 * Returns the client address and whether the client is on this machine.
 */
export function setTrustedHeaders(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  config: Pick<GuardConfig, 'appUrl' | 'trustedProxies'>,
): { client: string | null; loopback: boolean } {
  const forwardedFor = headerText(headers['x-forwarded-for']);
  const client = clientAddress(socketAddress, forwardedFor, config.trustedProxies);
  const loopback = isLoopbackClient(socketAddress, client, config.trustedProxies);
  for (const name of Object.keys(headers)) {
    if (IDENTITY_HEADERS.has(name) || name.startsWith('x-yntymaq-')) delete headers[name];
  }
  headers.host = canonicalHost(headerText(headers.host), config.appUrl);
  headers['x-forwarded-proto'] = appUrlOf(config.appUrl).protocol.slice(0, -1);
  if (client) {
    // Next.js and Auth.js read X-Forwarded-For; it now holds the one address we trust.
    headers['x-forwarded-for'] = client;
    headers[CLIENT_IP_HEADER] = client;
  }
  headers[LOOPBACK_HEADER] = loopback ? '1' : '0';
  return { client, loopback };
}

/** Whether an Origin is this site's: APP_URL's, or in local mode the loopback name the request came in on. */
export function isAllowedOrigin(origin: string, host: string | undefined, appUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const app = appUrlOf(appUrl);
  if (parsed.origin === app.origin) return true;
  return isLocalHost(app.hostname) && parsed.protocol === app.protocol && host !== undefined && parsed.host === host && isLocalHost(parsed.hostname);
}

const ACTION_CONTENT_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain'];

/**
 * Checks of a POST that can be known from its headers. A page POST is a server action: it must
 * come from this site (403 otherwise, so monitoring tells an attack from a crash) and be of a
 * type Next.js decodes. No POST may declare more than the limit.
 */
export function refusePost(url: string, headers: IncomingHttpHeaders, config: Pick<GuardConfig, 'appUrl' | 'maxBodyBytes'>): Refusal | null {
  // A body without a length (chunked: Next.js forwards an action to the page that owns it so) is
  // counted while it is read instead (scripts/server.ts).
  const length = headers['content-length'];
  if (length !== undefined && !/^\d{1,12}$/.test(length)) return { status: 400, reason: 'bad content-length' };
  if (Number(length ?? 0) > config.maxBodyBytes) return { status: 413, reason: 'body too large' };
  if (url.startsWith('/api/')) return null; // route handlers check their own input
  const origin = headers.origin;
  if (origin !== undefined && !isAllowedOrigin(origin, headers.host, config.appUrl)) return { status: 403, reason: 'cross-origin server action' };
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACTION_CONTENT_TYPES.includes(type)) return { status: 415, reason: 'unsupported content type' };
  return null;
}

/** Deepest nesting a server action's arguments may have; ours are a FormData and a few bound strings. */
export const MAX_ACTION_DEPTH = 16;
/**
 * Most arguments an action call may have. Ours take at most five (bound values, the previous
 * state, the form); Next.js throws on more than 1,000, which ends as a 500.
 */
export const MAX_ACTION_ARGUMENTS = 16;

/**
 * React's reply references a fetch action's text body may hold. Others (`$@` promises, `$F`
 * server references, `$Q`/`$W` maps and sets, `$T`, `$B` blobs, `$<n>` chunks) point at parts a
 * text body does not have, and Next.js fails on them with a 500.
 */
const SCALAR_REFERENCE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n|K[0-9a-f]+$)/;

function depthAndReferences(value: unknown, depth: number): string | null {
  if (depth > MAX_ACTION_DEPTH) return 'arguments nested too deeply';
  if (typeof value === 'string') return value.startsWith('$') && !SCALAR_REFERENCE.test(value) ? 'forged reference in the arguments' : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = depthAndReferences(item, depth + 1);
      if (problem) return problem;
    }
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const problem = depthAndReferences(item, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/** Nesting depth of JSON text, counted without parsing it (a 3,000-deep array would overflow a recursive check). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return max;
}

/**
 * Checks the body of a server-action POST before Next.js decodes it. React sends the JSON list of
 * arguments (bound values, the previous state, the form as `$K<n>`) as the whole text body when no
 * form is sent (Next.js leaves out arguments an action does not use), else as part `0` of a
 * multipart body. An argument of a kind we never bind, a reference React would chase into parts
 * that do not exist (`$@`, `$F`, `$Q` …), nesting deeper than any of ours, a body that does not
 * parse, a NUL in a field: 400 before Next.js sees it.
 */
export async function refuseActionBody(contentType: string | undefined, body: Buffer, isFetchAction: boolean): Promise<Refusal | null> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  let root: string;
  if (type === 'text/plain') {
    if (!isFetchAction) return { status: 400, reason: 'text body without an action' };
    root = body.toString('utf8');
  } else {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType ?? '' } }).formData();
    } catch {
      return { status: 400, reason: 'malformed form body' };
    }
    for (const value of form.values()) {
      if (typeof value !== 'string') continue;
      // PostgreSQL cannot store a NUL in text; no field of ours has one (files are not strings).
      if (value.includes('\u0000')) return { status: 400, reason: 'NUL byte in a field' };
      if (/^[[{]/.test(value) && jsonDepth(value) > MAX_ACTION_DEPTH) return { status: 400, reason: 'arguments nested too deeply' };
    }
    if (!isFetchAction) return null; // a form posted without JavaScript: its fields are checked above
    const part = form.get('0');
    if (typeof part !== 'string') return { status: 400, reason: 'no arguments' };
    root = part;
  }
  if (jsonDepth(root) > MAX_ACTION_DEPTH) return { status: 400, reason: 'arguments nested too deeply' };
  if (root.includes('\\u0000')) return { status: 400, reason: 'NUL byte in the arguments' };
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return { status: 400, reason: 'arguments are not JSON' };
  }
  if (!Array.isArray(args)) return { status: 400, reason: 'arguments are not a list' };
  if (args.length > MAX_ACTION_ARGUMENTS) return { status: 400, reason: 'too many arguments' };
  // A text body has no parts: a form reference in it points at nothing.
  if (!args.every((arg) => isArgument(arg, type !== 'text/plain'))) return { status: 400, reason: 'forged argument' };
  const problem = depthAndReferences(args, 0);
  return problem ? { status: 400, reason: problem } : null;
}

/**
 * What an action of ours is called with: the values our pages bind (record ids, slugs, tokens, a
 * table name, a URL query) — short URL-safe strings — `null`, the previous state of
 * `useActionState` (an object) and the form (`$K<n>`). A number, a list, a long or non-ASCII
 * string or one with CR/LF is no argument of ours; refused here, it cannot reach a redirect header
 * or a query.
 */
function isArgument(value: unknown, formsAllowed: boolean): boolean {
  if (value === null || value === '$undefined') return true;
  if (typeof value === 'string' && /^\$K[0-9a-f]+$/.test(value)) return formsAllowed;
  if (typeof value === 'string') return value.length <= 2048 && /^[A-Za-z0-9._~%+=&*-]*$/.test(value);
  return typeof value === 'object' && !Array.isArray(value);
}
