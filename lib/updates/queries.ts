import 'server-only';
import { and, asc, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { caseUpdates, cases, petitions, pickets, type CaseUpdateRow } from '@/db/schema';
import { locales, type Localized } from '@/lib/i18n/locales';
import { localDate } from '@/lib/pickets/time';
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

// Reads for the dashboard's update editor: drafts and scheduled updates too.
/** Every update, drafts too, newest first, for the dashboard. */
export async function listUpdatesForEditing() {
  return db()
    .select({
      id: caseUpdates.id,
      title: caseUpdates.title,
      status: caseUpdates.status,
      publishAt: caseUpdates.publishAt,
      caseName: cases.name,
      createdAt: caseUpdates.createdAt,
    })
    .from(caseUpdates)
    .leftJoin(cases, eq(cases.id, caseUpdates.caseId))
    .orderBy(desc(caseUpdates.createdAt))
    .limit(200);
}

export async function getUpdateForEditing(id: string): Promise<CaseUpdateRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db().select().from(caseUpdates).where(eq(caseUpdates.id, id));
  return row ?? null;
}

export type PicketOptionLabel = { title: string; date: string; city: string };

/**
 * The choices of the editor's selects: every case (drafts too), every petition as `petition:<id>`,
 * and the approved pickets still to come as `picket:<id>` (plus the one `current` links to, so
 * that saving the draft again keeps it).
 */
export async function editorOptions(
  labels: { campaign: string; noLink: string; petition: (title: string) => string; picket: (picket: PicketOptionLabel) => string },
  current: CaseUpdateRow | null = null,
  now = new Date(),
) {
  const upcoming = and(eq(pickets.status, 'approved'), gt(pickets.endsAt, now));
  const [caseRows, petitionRows, picketRows] = await Promise.all([
    db().select({ id: cases.id, name: cases.name }).from(cases).orderBy(asc(cases.slug)),
    db().select({ id: petitions.id, title: petitions.title }).from(petitions).orderBy(desc(petitions.createdAt)),
    db()
      .select({ id: pickets.id, title: pickets.title, city: pickets.city, startsAt: pickets.startsAt, timeZone: pickets.timeZone })
      .from(pickets)
      .where(current?.picketId ? or(upcoming, eq(pickets.id, current.picketId)) : upcoming)
      .orderBy(asc(pickets.startsAt))
      .limit(500),
  ]);
  return {
    caseOptions: [{ value: 'campaign', label: labels.campaign }, ...caseRows.map((c) => ({ value: c.id, label: c.name.en }))],
    linkOptions: [
      { value: '', label: labels.noLink },
      ...petitionRows.map((p) => ({ value: `petition:${p.id}`, label: labels.petition(p.title.en) })),
      ...picketRows.map((p) => ({ value: `picket:${p.id}`, label: labels.picket({ title: p.title, city: p.city, date: localDate(p.startsAt, p.timeZone) }) })),
    ],
  };
}

/** The editor's field values of a stored update. */
export function valuesFromUpdate(update: CaseUpdateRow | null): Record<string, string> {
  const values: Record<string, string> = {
    case: update?.caseId ?? 'campaign',
    link: update?.petitionId ? `petition:${update.petitionId}` : update?.picketId ? `picket:${update.picketId}` : '',
  };
  for (const locale of locales) {
    values[`title.${locale}`] = update?.title[locale] ?? '';
    values[`body.${locale}`] = update?.body[locale] ?? '';
  }
  return values;
}
