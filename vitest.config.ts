import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const resolve = {
  alias: {
    '@': path.resolve(root),
    // Next swaps `server-only` for an empty module in server bundles; tests run on the server too.
    'server-only': path.resolve(root, 'tests/support/server-only.ts'),
  },
};

export default defineConfig({
  resolve,
  test: {
    // Each file runs in its own process (with its own database in the integration project), so
    // files can run side by side.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      // `npm run test:unit`: pure functions, no database, seconds.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // `npm run test:integration`: the domain functions against a real PostgreSQL.
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
