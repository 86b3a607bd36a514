import { and, desc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { caseUpdates, cases, petitions, pickets } from '@/db/schema';
import type { Localized } from '@/lib/i18n/locales';
import { isUuid } from '@/lib/forms/form-input';

export type PublishedUpdate = {
  id: string;
  title: Localized;
  body: Localized;
  publishedAt: Date;
  updatedAt: Date;
  case: { slug: string; name: Localized } | null;
  petition: { slug: string; title: Localized } | null;
  /** An approved picket the update asks readers to come to (its page is /pickets/<id>). */
  picket: { id: string; title: string } | null;
};

const columns = {
  id: caseUpdates.id,
  title: caseUpdates.title,
  body: caseUpdates.body,
  publishedAt: caseUpdates.publishedAt,
  updatedAt: caseUpdates.updatedAt,
  caseSlug: cases.slug,
  caseName: cases.name,
  casePublished: cases.published,
  petitionSlug: petitions.slug,
  petitionTitle: petitions.title,
  petitionStatus: petitions.status,
  picketId: pickets.id,
  picketTitle: pickets.title,
  picketStatus: pickets.status,
};

type Row = { [K in keyof typeof columns]: unknown };

function toUpdate(row: Row): PublishedUpdate {
  const r = row as {
    id: string; title: Localized; body: Localized; publishedAt: Date; updatedAt: Date;
    caseSlug: string | null; caseName: Localized | null; casePublished: boolean | null;
    petitionSlug: string | null; petitionTitle: Localized | null; petitionStatus: string | null;
    picketId: string | null; picketTitle: string | null; picketStatus: string | null;
  };
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
    case: r.caseSlug && r.casePublished ? { slug: r.caseSlug, name: r.caseName! } : null,
    // A draft petition is not public yet: no link to it.
    petition: r.petitionSlug && r.petitionStatus !== 'draft' ? { slug: r.petitionSlug, title: r.petitionTitle! } : null,
    // A cancelled picket says so on its own page, but an update no longer sends readers there.
    picket: r.picketId && r.picketStatus === 'approved' ? { id: r.picketId, title: r.picketTitle! } : null,
  };
}

/**
 * Published updates, newest first: of one case (`caseId`), of the campaign (`null`), or all
 * (`undefined`). Updates of a case that is not published stay hidden with it.
 */
export async function listPublishedUpdates({ caseId, limit = 50 }: { caseId?: string | null; limit?: number } = {}): Promise<PublishedUpdate[]> {
  const rows = await db()
    .select(columns)
    .from(caseUpdates)
    .leftJoin(cases, eq(cases.id, caseUpdates.caseId))
    .leftJoin(petitions, eq(petitions.id, caseUpdates.petitionId))
    .leftJoin(pickets, eq(pickets.id, caseUpdates.picketId))
    .where(
      and(
        eq(caseUpdates.status, 'published'),
        caseId === undefined ? undefined : caseId === null ? isNull(caseUpdates.caseId) : eq(caseUpdates.caseId, caseId),
      ),
    )
    .orderBy(desc(caseUpdates.publishedAt))
    .limit(limit * 2);
  return rows
    .filter((r) => r.caseSlug === null || r.casePublished)
    .slice(0, limit)
    .map(toUpdate);
}

export async function getPublishedUpdate(id: string): Promise<PublishedUpdate | null> {
  if (!isUuid(id)) return null;
  const [row] = await db()
    .select(columns)
    .from(caseUpdates)
    .leftJoin(cases, eq(cases.id, caseUpdates.caseId))
    .leftJoin(petitions, eq(petitions.id, caseUpdates.petitionId))
    .leftJoin(pickets, eq(pickets.id, caseUpdates.picketId))
    .where(and(eq(caseUpdates.id, id), eq(caseUpdates.status, 'published')));
  if (!row || (row.caseSlug !== null && !row.casePublished)) return null;
  return toUpdate(row);
}
