import { asc, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { caseUpdates, cases, petitions, type CaseUpdateRow } from '@/db/schema';
import { isUuid } from '@/lib/admin/form-input';
import { locales } from '@/lib/i18n/locales';

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

/** The choices of the editor's selects: every case (drafts too), and every petition as `petition:<id>`. */
export async function editorOptions(labels: { campaign: string; noLink: string; petition: (title: string) => string }) {
  const [caseRows, petitionRows] = await Promise.all([
    db().select({ id: cases.id, name: cases.name }).from(cases).orderBy(asc(cases.slug)),
    db().select({ id: petitions.id, title: petitions.title }).from(petitions).orderBy(desc(petitions.createdAt)),
  ]);
  return {
    caseOptions: [{ value: 'campaign', label: labels.campaign }, ...caseRows.map((c) => ({ value: c.id, label: c.name.en }))],
    linkOptions: [{ value: '', label: labels.noLink }, ...petitionRows.map((p) => ({ value: `petition:${p.id}`, label: labels.petition(p.title.en) }))],
  };
}

/** The editor's field values of a stored update. */
export function valuesFromUpdate(update: CaseUpdateRow | null): Record<string, string> {
  const values: Record<string, string> = {
    case: update?.caseId ?? 'campaign',
    link: update?.petitionId ? `petition:${update.petitionId}` : '',
  };
  for (const locale of locales) {
    values[`title.${locale}`] = update?.title[locale] ?? '';
    values[`body.${locale}`] = update?.body[locale] ?? '';
  }
  return values;
}
