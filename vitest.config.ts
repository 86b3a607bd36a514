import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Each file runs in its own process with its own database, so files can run side by side.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
