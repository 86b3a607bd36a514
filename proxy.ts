import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy, frameOptions } from '@/lib/security/headers';
import { SCRIPT_MARKER_ENV } from '@/lib/security/inline-scripts';

// Sends `/` and unprefixed public paths to the visitor's language and sets the hreflang Link header.
const localeRouting = createMiddleware(routing);

/** Paths outside the public pages in three languages: the dashboard, APIs, media, widgets. */
const UNLOCALISED = /^\/(admin|api|dev|embed|media|_next|_vercel)(\/|$)/;

function handledByLocaleRouting(pathname: string): boolean {
  return !UNLOCALISED.test(pathname) && !pathname.includes('.');
}

/**
 * The lists that are cached without a query and rendered per request with one (filters): the
 * filtered request goes to app/[locale]/search/…, the address in the browser stays the same.
 */
const FILTERABLE = /^\/([a-z]{2})\/(cases|pickets)\/?$/;

function filteredList(url: URL): URL | null {
  const match = FILTERABLE.exec(url.pathname);
  if (!match || !isLocale(match[1]!) || url.search === '') return null;
  const target = new URL(url);
  target.pathname = `/${match[1]}/search/${match[2]}`;
  return target;
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const csp = contentSecurityPolicy({ pathname, https: request.nextUrl.protocol === 'https:' });

  // Next puts the nonce named in the request's policy on its own inline scripts. Here it is the
  // server's marker (lib/security/inline-scripts.ts), never anything the client sent: a page
  // rendered with a visitor's nonce would be cached with it.
  const headers = new Headers(request.headers);
  headers.delete('content-security-policy');
  headers.delete('content-security-policy-report-only');
  const marker = process.env[SCRIPT_MARKER_ENV];
  if (marker) headers.set('content-security-policy', `script-src 'nonce-${marker}'`);

  let response: NextResponse;
  const localised = handledByLocaleRouting(pathname);
  const filtered = localised ? filteredList(request.nextUrl) : null;
  if (filtered) {
    // Already in a language (the pattern has one): the rewrite, with the Link header and cookie
    // the locale routing gives any other page.
    const routed = localeRouting(request);
    response = NextResponse.rewrite(filtered, { request: { headers } });
    const link = routed.headers.get('link');
    if (link) response.headers.set('link', link);
    for (const cookie of routed.cookies.getAll()) response.cookies.set(cookie);
  } else {
    response = localised ? localeRouting(new NextRequest(request, { headers })) : NextResponse.next({ request: { headers } });
  }

  // No nonce in the answer: the production server adds the hashes of the page's inline scripts to
  // this policy (lib/security/inline-scripts.ts), so one cached page serves every visitor.
  response.headers.set('Content-Security-Policy', csp);
  const frames = frameOptions(pathname);
  if (frames) response.headers.set('X-Frame-Options', frames);
  return response;
}

export const config = {
  // Everything but Next's static files and the API routes: those send no HTML, so they need no
  // policy for scripts and no language, and get their fixed headers from next.config.js. Running
  // the proxy on them cost about half the time of an empty route handler.
  matcher: ['/((?!_next/static|_next/image|api/).*)'],
};
