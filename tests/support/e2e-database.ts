import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '@/db/schema';

/** The admin the e2e server is started with (ADMIN_EMAILS). */
export const E2E_ADMIN_EMAIL = 'admin@e2e.test';

/** Where the e2e server writes the URL of its database, per port (several runs may share a machine). */
export function e2eDatabaseFile(port: number): string {
  return path.join('.data', `e2e-database-${port}.url`);
}

/** The e2e server's database, for tests that check what a request changed. */
export function e2eDatabase() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const client = postgres(readFileSync(e2eDatabaseFile(port), 'utf8'), { max: 2, onnotice: () => {} });
  return { db: drizzle(client, { schema, casing: 'snake_case' }), close: () => client.end({ timeout: 5 }) };
}

type PicketValues = typeof schema.pickets.$inferInsert;

/**
 * A picket proposal whose proposer has confirmed it, waiting for an organiser, written straight
 * into the e2e server's database: an hour long, starting `startsInDays` from now. `place` is where
 * and in which zone; the rest of the row is filled in.
 */
export async function insertConfirmedProposal(
  place: Pick<PicketValues, 'title' | 'description' | 'country' | 'city' | 'venue' | 'address' | 'timeZone' | 'organiserEmail'>,
  startsInDays: number,
): Promise<string> {
  const id = randomUUID();
  const startsAt = new Date(Date.now() + startsInDays * 86_400_000);
  const { db, close } = e2eDatabase();
  try {
    await db.insert(schema.pickets).values({
      id,
      ...place,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      organiserName: 'E2E',
      locale: 'en',
      proposalTokenHash: `e2e-proposal-${id}`,
      proposalConfirmedAt: new Date(),
    });
  } finally {
    await close();
  }
  return id;
}
