// The Content-Security-Policy and framing rules of pages, in one place. proxy.ts puts the policy on
// every page; the production server (scripts/server.ts, lib/security/inline-scripts.ts) adds
// to `script-src` the hash of each inline script of the HTML it sends, so the policy needs nothing
// from the render and a page can be cached whole. The headers that never vary (nosniff,
// Referrer-Policy) and the fixed policy of API routes (no document, nothing loads, no framing;
// the proxy does not run for /api/) are in next.config.js.

/** Paths under this prefix may be framed by other sites (embeddable widgets); nothing else may. */
export const EMBEDDABLE_PATH_PREFIX = '/embed/';

export function isEmbeddable(pathname: string): boolean {
  return pathname.startsWith(EMBEDDABLE_PATH_PREFIX);
}

/** The directive the server extends with the inline scripts' hashes. */
export const SCRIPT_SRC = "script-src 'self'";

/**
 * `marker`: the server's marker as a nonce (lib/security/inline-scripts.ts). Next reads the nonce
 * for its scripts from this very header (the proxy's answer headers are copied into the request),
 * and the server replaces it with the scripts' hashes before the answer leaves.
 */
export function contentSecurityPolicy({ pathname, https, marker }: { pathname: string; https: boolean; marker?: string }): string {
  return [
    "default-src 'self'",
    // No 'unsafe-eval', no 'unsafe-inline' scripts: our own files, and Next's inline scripts by
    // their hashes (added per response). A script or handler injected into a page matches neither.
    marker ? `${SCRIPT_SRC} 'nonce-${marker}'` : SCRIPT_SRC,
    // React writes style attributes (e.g. a portrait's width), which a hash cannot cover.
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

/** The policy without the server's marker: what leaves the server when the answer is not a page. */
export function withoutMarker(policy: string, marker: string): string {
  return policy.replaceAll(` 'nonce-${marker}'`, '');
}

/** The policy allowing exactly these inline scripts (their `'sha256-…'` sources) besides our files. */
export function withScriptHashes(policy: string, hashes: string[]): string {
  if (hashes.length === 0) return policy;
  return policy.replace(SCRIPT_SRC, `${SCRIPT_SRC} ${hashes.join(' ')}`);
}

/** For browsers that predate frame-ancestors. */
export function frameOptions(pathname: string): string | null {
  return isEmbeddable(pathname) ? null : 'DENY';
}
