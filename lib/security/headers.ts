// The Content-Security-Policy and framing rules of pages, in one place; proxy.ts applies them to
// every page request, with a fresh nonce (Next.js puts the nonce on its own inline scripts). The
// headers that never vary (nosniff, Referrer-Policy) and the fixed policy of API routes (no
// document, nothing loads, no framing; the proxy does not run for /api/) are in next.config.js.

/** Paths under this prefix may be framed by other sites (embeddable widgets); nothing else may. */
export const EMBEDDABLE_PATH_PREFIX = '/embed/';

export function isEmbeddable(pathname: string): boolean {
  return pathname.startsWith(EMBEDDABLE_PATH_PREFIX);
}

export function contentSecurityPolicy({ nonce, pathname, https }: { nonce: string; pathname: string; https: boolean }): string {
  return [
    "default-src 'self'",
    // No 'unsafe-eval', no 'unsafe-inline' scripts: only ours, and Next's inline scripts by nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React writes style attributes (e.g. a portrait's width), which a nonce cannot cover.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbeddable(pathname) ? '*' : "'none'"}`,
    // Only behind https: on http://localhost it would send every request to a port nobody serves.
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** For browsers that predate frame-ancestors. */
export function frameOptions(pathname: string): string | null {
  return isEmbeddable(pathname) ? null : 'DENY';
}
