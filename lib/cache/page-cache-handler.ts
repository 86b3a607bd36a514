import { createRequire } from 'node:module';
import { followTagExpiries, shareTagExpiries } from './tag-expiries';

// The page cache of the production server (next.config.js `cacheHandler`; Next.js 16 reads ISR
// pages, route responses and unstable_cache entries through it, not through `cacheHandlers`, which
// serve 'use cache' only). It stores exactly as Next's default does (memory, then .next/ on disk,
// per host): a shared store would put a network read on every hit to save one render per host and
// edit (docs/caching.md). What it adds is that a tag expired in any web process is expired in all
// of them (tag-expiries.ts): an entry stored before its tag's expiry is a miss everywhere at once.
//
// Next loads this file itself, outside its bundles, in the process of scripts/server.ts (whose
// TypeScript loader reads it) and creates one instance per request: what lasts is module state.

const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js') as typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js');

type Get = InstanceType<typeof FileSystemCache>['get'];

export default class PageCacheHandler extends FileSystemCache {
  override async get(...args: Parameters<Get>): ReturnType<Get> {
    // The first read of a process waits until it knows the expiries the others recorded.
    await followTagExpiries();
    return super.get(...args);
  }

  override async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    await super.revalidateTag(tags, durations);
    await shareTagExpiries(typeof tags === 'string' ? [tags] : tags);
  }
}
