import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { cases, petitions } from '@/db/schema';

/** What a placard for one person shows: name, portrait, the one-line summary, and their open petition. */
export async function placardFor(slug: string) {
  const [person] = await db()
    .select({ id: cases.id, slug: cases.slug, name: cases.name, summary: cases.summary, photoPath: cases.photoPath, photoConsent: cases.photoConsent, photoCredit: cases.photoCredit })
    .from(cases)
    .where(and(eq(cases.slug, slug), eq(cases.published, true)));
  if (!person) return null;
  const [petition] = await db()
    .select({ slug: petitions.slug, title: petitions.title })
    .from(petitions)
    .where(and(eq(petitions.caseId, person.id), eq(petitions.status, 'open')))
    .orderBy(desc(petitions.createdAt))
    .limit(1);
  return { person, petition: petition ?? null };
}
