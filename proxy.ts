import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy, frameOptions } from '@/lib/security/headers';

// Sends `/` and unprefixed public paths to the visitor's language and sets the hreflang Link header.
const localeRouting = createMiddleware(routing);

/** Paths outside the public pages in three languages: the dashboard, APIs, media, widgets. */
const UNLOCALISED = /^\/(admin|api|dev|embed|media|_next|_vercel)(\/|$)/;

function handledByLocaleRouting(pathname: string): boolean {
  return !UNLOCALISED.test(pathname) && !pathname.includes('.');
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = contentSecurityPolicy({ nonce, pathname, https: request.nextUrl.protocol === 'https:' });

  // Next.js reads the nonce for its own scripts from the request's CSP header.
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  const response = handledByLocaleRouting(pathname)
    ? localeRouting(new NextRequest(request, { headers }))
    : NextResponse.next({ request: { headers } });

  response.headers.set('Content-Security-Policy', csp);
  const frames = frameOptions(pathname);
  if (frames) response.headers.set('X-Frame-Options', frames);
  return response;
}

export const config = {
  // Everything but Next's static files and the API routes: those send no HTML, so they need no
  // nonce and no language, and get their fixed headers from next.config.js. Running the proxy on
  // them cost about half the time of an empty route handler.
  matcher: ['/((?!_next/static|_next/image|api/).*)'],
};
