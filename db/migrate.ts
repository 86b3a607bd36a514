import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { directUrl, openPostgres } from './connection';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies every committed migration not yet applied; safe to run on each start. */
const MIGRATION_LOCK = 7_406_118_201;

export async function migrateDatabase(url: string): Promise<void> {
  // One connection holding an advisory lock: processes started together (web, worker, a second
  // web) wait for each other instead of applying the same migration twice.
  // Behind a transaction-mode pooler a session lock would stay on whichever server connection ran
  // it: the lock and the migrations go to PostgreSQL itself (DATABASE_DIRECT_URL).
  const client = openPostgres(directUrl(url), { max: 1 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}
