import 'server-only';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';
import { openPostgres } from './connection';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;

let client: postgres.Sql | undefined;
let database: Database | undefined;

/**
 * The shared database handle. Created on first use, not on import, so that `next build` and any
 * module that merely imports a query never needs a database.
 */
export function db(): Database {
  if (!database) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: start the platform with `npm start`.');
    client = openPostgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    database = drizzle(client, { schema, casing: 'snake_case' });
  }
  return database;
}

export async function closeDb(): Promise<void> {
  const open = client;
  client = undefined;
  database = undefined;
  await open?.end({ timeout: 5 });
}
