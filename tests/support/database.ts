import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { dropDatabase, ensureDatabase, withDatabase } from '@/db/admin';
import { closeDb, db } from '@/db/client';
import { stopListening } from '@/db/invalidation';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoContent } from '@/db/seed';

/**
 * Gives the calling test file a fresh, migrated database of its own (optionally with the demo
 * content) and points the app's `db()` at it. Dropped when the file's tests end.
 */
export function useTestDatabase(options: { seed?: boolean } = {}): { url: () => string } {
  const name = `test_${randomBytes(8).toString('hex')}`;
  const admin = () => inject('adminDatabaseUrl');
  let url = '';
  beforeAll(async () => {
    await ensureDatabase(admin(), name);
    url = withDatabase(admin(), name);
    await migrateDatabase(url);
    process.env.DATABASE_URL = url;
    if (options.seed) await seedDemoContent(db());
  });
  afterAll(async () => {
    await stopListening();
    await closeDb();
    await dropDatabase(admin(), name);
  });
  return { url: () => url };
}
