import { createRequire } from 'node:module';

// Next's tags manifest: tag → when it went stale and when it expires, per process. Whether a cached
// page may be served is decided against it (Next's page cache, and the server's front cache).
// Required, not imported: it must be the very module Next's cache reads (the map is module state),
// and Next's server code is CommonJS. A Next upgrade must check that it is still there
// (tests/integration/page-tag-expiries.test.ts fails if it moves).
const require = createRequire(import.meta.url);
export const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

/**
 * The last moment (ms) any tag went stale or expired, as this process knows it; 0 if none ever did.
 * A change set for later counts from now until then: whatever is stored before it is out of date.
 * Scans the manifest: one entry per tag in use, a handful.
 */
export function lastTagChange(now = Date.now()): number {
  let last = 0;
  for (const { stale, expired } of tagsManifest.values()) {
    const at = Math.min(stale ?? Infinity, expired ?? Infinity);
    if (at !== Infinity) last = Math.max(last, Math.min(at, now));
  }
  return last;
}
