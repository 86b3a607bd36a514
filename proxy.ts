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

function filteredList(url: NextRequest['nextUrl']): NextRequest['nextUrl'] | null {
  const match = FILTERABLE.exec(url.pathname);
  if (!match || !isLocale(match[1]!) || url.search === '') return null;
  // A clone of the request's own URL: a rewrite to another origin would be proxied over HTTP.
  const target = url.clone();
  target.pathname = `/${match[1]}/search/${match[2]}`;
  return target;
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next puts the nonce named in the request's policy on its own inline scripts. Here it is the
  // server's marker (lib/security/inline-scripts.ts), never anything the client sent: a page
  // rendered with a visitor's nonce would be cached with it. Next reads it from the answer's
  // header below (it copies the proxy's answer headers into the request) and from the request's.
  const marker = process.env[SCRIPT_MARKER_ENV];
  const csp = contentSecurityPolicy({ pathname, https: request.nextUrl.protocol === 'https:', marker });
  const headers = new Headers(request.headers);
  headers.delete('content-security-policy');
  headers.delete('content-security-policy-report-only');
  if (marker) headers.set('content-security-policy', csp);

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

  // The production server takes the marker out of this policy and puts in the hashes of the page's
  // inline scripts (lib/security/page-responses.ts), so one cached page serves every visitor.
  response.headers.set('Content-Security-Policy', csp);
  // A page shared by everyone sets no cookie (a CDN would not keep it, or would hand the cookie on):
  // the language is in the address, and the switcher's links remember a choice in the browser.
  // Only the redirect from an address without a language (`/` → `/ru`) records it.
  if (!response.headers.has('location')) response.headers.delete('set-cookie');
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
