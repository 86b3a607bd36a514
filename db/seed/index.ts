import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cases } from '@/db/schema';
import { campaign, people, petitionList, sourceList } from './content';
import { insertCampaign, insertCase, insertPetition, insertSources } from './insert';

/**
 * Writes the demo content once: on an empty database. A database that already has cases (seeded
 * earlier, or edited by organisers) is left as it is.
 */
export async function seedDemoContent(database: Database): Promise<'seeded' | 'skipped'> {
  return database.transaction(async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.execute(sql`select pg_advisory_xact_lock(7406118202)`);
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(cases);
    if (existing && existing.n > 0) return 'skipped';
    const cite = await insertSources(tx, sourceList);
    const caseIds = new Map<string, string>();
    for (const person of people) caseIds.set(person.slug, await insertCase(tx, cite, person));
    await insertCampaign(tx, cite, campaign);
    for (const petition of petitionList) await insertPetition(tx, caseIds, petition);
    return 'seeded';
  });
}
