import { and, asc, desc, eq, gt, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { caseUpdates, cases, petitions, pickets, type CaseUpdateRow } from '@/db/schema';
import { isUuid } from '@/lib/forms/form-input';
import { locales } from '@/lib/i18n/locales';
import { localDate } from '@/lib/pickets/time';

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
