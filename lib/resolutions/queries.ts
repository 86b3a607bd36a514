import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { cases, resolutionCases, resolutions } from '@/db/schema';
import type { Localized } from '@/lib/i18n/locales';

// Public reads: approved resolutions only, and never their contact.

export type PublicResolution = {
  id: string;
  organisation: string;
  country: string;
  members: number | null;
  passedOn: string;
  body: string | null;
  hasPdf: boolean;
  reviewedAt: Date | null;
  cases: { slug: string; name: Localized }[];
};

export async function publicResolutions(filter: { country?: string; caseSlug?: string; limit?: number } = {}): Promise<PublicResolution[]> {
  const country = filter.country && /^[A-Z]{2}$/.test(filter.country) ? filter.country : undefined;
  const caseSlug = filter.caseSlug && /^[a-z0-9-]{1,80}$/.test(filter.caseSlug) ? filter.caseSlug : undefined;
  const rows = await db()
    .select({
      id: resolutions.id,
      organisation: resolutions.organisation,
      country: resolutions.country,
      members: resolutions.members,
      passedOn: resolutions.passedOn,
      body: resolutions.body,
      pdfPath: resolutions.pdfPath,
      reviewedAt: resolutions.reviewedAt,
    })
    .from(resolutions)
    .where(
      and(
        eq(resolutions.status, 'approved'),
        country ? eq(resolutions.country, country) : undefined,
        caseSlug
          ? sql`exists (select 1 from ${resolutionCases} rc join ${cases} c on c.id = rc.case_id where rc.resolution_id = ${resolutions.id} and c.slug = ${caseSlug})`
          : undefined,
      ),
    )
    .orderBy(desc(resolutions.passedOn), desc(resolutions.id))
    .limit(filter.limit ?? 500);
  const links = rows.length
    ? await db()
        .select({ resolutionId: resolutionCases.resolutionId, slug: cases.slug, name: cases.name })
        .from(resolutionCases)
        .innerJoin(cases, eq(cases.id, resolutionCases.caseId))
        .where(and(inArray(resolutionCases.resolutionId, rows.map((r) => r.id)), eq(cases.published, true)))
    : [];
  return rows.map(({ pdfPath, ...r }) => ({
    ...r,
    hasPdf: pdfPath !== null,
    cases: links.filter((l) => l.resolutionId === r.id).map((l) => ({ slug: l.slug, name: l.name })),
  }));
}

export type Support = { organisations: number; members: number; countries: number };

/** "Supported by N organisations representing M members, in K countries": for one case, or every resolution. */
export async function supportFor(caseId: string | null): Promise<Support> {
  const [row] = await db()
    .select({
      organisations: sql<number>`count(*)::int`,
      members: sql<number>`coalesce(sum(${resolutions.members}), 0)::bigint`,
      countries: sql<number>`count(distinct ${resolutions.country})::int`,
    })
    .from(resolutions)
    .where(
      and(
        eq(resolutions.status, 'approved'),
        caseId ? sql`exists (select 1 from ${resolutionCases} rc where rc.resolution_id = ${resolutions.id} and rc.case_id = ${caseId})` : undefined,
      ),
    );
  return { organisations: row?.organisations ?? 0, members: Number(row?.members ?? 0), countries: row?.countries ?? 0 };
}

/** The stored PDF of an approved resolution, by its id; null for anything not public. */
export async function publicPdfName(id: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db().select({ pdfPath: resolutions.pdfPath }).from(resolutions).where(and(eq(resolutions.id, id), eq(resolutions.status, 'approved')));
  return row?.pdfPath ?? null;
}
