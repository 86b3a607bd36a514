import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_IP_HEADER } from '@/lib/http/request-guards';
import { answerSignRequest, MAX_SIGN_BODY, refuseBeforeReading, type SignApiAnswer } from './sign-api';

// `POST /api/petitions/:slug/signatures` served by the production server itself, after the request
// guards (scripts/server.ts) and before Next.js:
// under a wave of signatures the framework's own work per request (routing, the Web Request and
// Response objects, streaming the answer) cost more than signing. Same domain function, same zod
// schema, same answers (lib/petitions/sign-api.ts), and the headers next.config.js gives /api/.

const SIGN_PATH = /^\/api\/petitions\/([^/?#]+)\/signatures(?:\?.*)?$/;

// What next.config.js sends with every /api/ answer, and small-response.ts with short JSON.
const HEADERS = {
  'content-type': 'application/json',
  'cache-control': 'no-store, no-transform',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
} as const;

/** The petition slug when this request is a signature for the direct path; null leaves it to Next.js. */
export function signRequestSlug(request: Pick<IncomingMessage, 'method' | 'url'>): string | null {
  if (request.method !== 'POST' || !request.url) return null;
  const match = SIGN_PATH.exec(request.url);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null; // malformed escapes: Next.js answers those as it does for every route
  }
}

function send(response: ServerResponse, answer: SignApiAnswer | { status: 500; body: Record<string, unknown> }, close = false): void {
  const body = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    ...HEADERS,
    'content-length': Buffer.byteLength(body),
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(body);
}

/** Reads the body up to MAX_SIGN_BODY bytes; null when it is longer (nothing more is read). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_SIGN_BODY) {
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers a signature request whose slug `signRequestSlug` found. */
export async function serveSignRequest(request: IncomingMessage, response: ServerResponse, slug: string): Promise<void> {
  const refused = refuseBeforeReading(request.headers['content-type'], request.headers['content-length']);
  if (refused) return send(response, refused, true);
  let text: string | null;
  try {
    text = await readBody(request);
  } catch {
    request.destroy();
    return;
  }
  if (text === null) {
    // Refused unread: the rest of the body is not wanted, so the connection ends with the answer.
    send(response, { status: 413, body: { error: 'too_large' } }, true);
    response.on('finish', () => request.destroy());
    return;
  }
  // Set by the request guards from the socket and TRUSTED_PROXIES; whatever a client sent is gone.
  const ip = (request.headers[CLIENT_IP_HEADER] as string | undefined) || null;
  try {
    send(response, await answerSignRequest(slug, text, ip));
  } catch (error) {
    console.error('[sign] POST /api/petitions/%s/signatures:', slug, error);
    if (!response.headersSent) send(response, { status: 500, body: { error: 'internal' } });
  }
}
