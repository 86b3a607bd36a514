import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import type { Tx } from '@/db/tx';
import { cases, demoSeeds, embassies, letterActionOffices, letterActions, letterOffices, petitions } from '@/db/schema';
import { campaign, embassyList, letterActionList, officeList, people, petitionList, sourceList } from './content';
import { insertCampaign, insertCase, insertPetition, insertSources } from './insert';

/**
 * The demo content, part by part. A part is written once; `cases` also only into a database that
 * has no cases yet (one that organisers already fill is left as it is).
 */
const parts: { name: string; write: (tx: Tx) => Promise<boolean> }[] = [
  {
    name: 'cases',
    async write(tx) {
      const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(cases);
      if (existing && existing.n > 0) return false;
      const cite = await insertSources(tx, sourceList);
      for (const person of people) await insertCase(tx, cite, person);
      await insertCampaign(tx, cite, campaign);
      return true;
    },
  },
  {
    name: 'petitions',
    async write(tx) {
      const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(petitions);
      if (existing && existing.n > 0) return false;
      const slugs = petitionList.flatMap((p) => (p.caseSlug ? [p.caseSlug] : []));
      const rows = await tx.select({ id: cases.id, slug: cases.slug }).from(cases).where(inArray(cases.slug, slugs));
      const caseIds = new Map(rows.map((r) => [r.slug, r.id]));
      // Petitions for people an organiser has removed are left out rather than failing the start.
      for (const petition of petitionList) {
        if (petition.caseSlug === null || caseIds.has(petition.caseSlug)) await insertPetition(tx, caseIds, petition);
      }
      return true;
    },
  },
  {
    name: 'embassies',
    async write(tx) {
      const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(embassies);
      if (existing && existing.n > 0) return false;
      await tx.insert(embassies).values(embassyList);
      return true;
    },
  },
  {
    name: 'letters',
    async write(tx) {
      const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(letterOffices);
      if (existing && existing.n > 0) return false;
      const offices = await tx.insert(letterOffices).values(officeList).returning({ id: letterOffices.id, slug: letterOffices.slug });
      const officeIds = new Map(offices.map((o) => [o.slug, o.id]));
      for (const { caseSlug, officeSlugs, ...action } of letterActionList) {
        const [person] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.slug, caseSlug));
        // An action for a person an organiser has removed is left out rather than failing the start.
        if (!person) continue;
        const [row] = await tx.insert(letterActions).values({ ...action, caseId: person.id }).returning({ id: letterActions.id });
        const ids = officeSlugs.map((slug) => officeIds.get(slug)).filter((id): id is string => id !== undefined);
        if (ids.length) await tx.insert(letterActionOffices).values(ids.map((officeId) => ({ actionId: row!.id, officeId })));
      }
      return true;
    },
  },
];

export async function seedDemoContent(database: Database): Promise<'seeded' | 'skipped'> {
  return database.transaction(async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.execute(sql`select pg_advisory_xact_lock(7406118202)`);
    let wrote = false;
    for (const part of parts) {
      const [done] = await tx.select().from(demoSeeds).where(eq(demoSeeds.part, part.name));
      if (done) continue;
      if (await part.write(tx)) wrote = true;
      await tx.insert(demoSeeds).values({ part: part.name });
    }
    return wrote ? 'seeded' : 'skipped';
  });
}
