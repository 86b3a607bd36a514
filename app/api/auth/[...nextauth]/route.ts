import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { appUrl } from '@/lib/site-url';
import { isSameOrigin } from '@/lib/security/same-origin';

// Auth.js is reached over HTTP for one thing only: the "Sign in" button on the page the emailed link
// opens posts the token here. Links are requested through the sign-in page's server action (which
// rate-limits), and signing out is a server action too, so every other Auth.js endpoint is closed.
const CALLBACK = '/api/auth/callback/email';

export async function GET() {
  // Opening the callback URL (a mail scanner, a prefetch) must not use the token up.
  return new Response('Method Not Allowed', { status: 405, headers: { Allow: 'POST' } });
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname !== CALLBACK) return new Response('Not Found', { status: 404 });
  if (!isSameOrigin(request)) return new Response('Cross-site request refused.', { status: 403 });
  // Auth.js builds its redirects from the request's URL. Inside Next.js that names the server as it
  // sees itself (and NextRequest rewrites 127.0.0.1 to localhost), not the public address: give it
  // a plain Request at APP_URL, so the redirect after sign-in stays on the host the cookie is for.
  const { pathname, search } = request.nextUrl;
  const atPublicUrl = new Request(new URL(pathname + search, appUrl()), {
    method: 'POST',
    headers: request.headers,
    body: await request.arrayBuffer(),
  });
  return handlers.POST(atPublicUrl as NextRequest);
}
