import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { cases, letterActionOffices, letterActions, letterDeliveries, letterOffices } from '@/db/schema';
import type { Localized } from '@/lib/i18n/locales';
import { loadTargets, type Target } from './targets';

// Public reads. Nothing of a writer ever leaves here: pages get counts, and the targets' names.

export type TargetCount = { key: string; name: Localized; kind: 'office' | 'embassy'; count: number };

/** Letters sent (by mail, in a digest or by hand) per target of an action, and in all. */
export async function letterCounts(actionId: string): Promise<{ total: number; byTarget: TargetCount[] }> {
  const rows = await db()
    .select({ target: letterDeliveries.target, n: sql<number>`count(*)::int` })
    .from(letterDeliveries)
    .where(and(eq(letterDeliveries.actionId, actionId), inArray(letterDeliveries.status, ['sent', 'delivered'])))
    .groupBy(letterDeliveries.target);
  const targets = await loadTargets(db(), rows.map((r) => r.target));
  const byTarget = rows
    .map((r) => ({ key: r.target, count: r.n, target: targets.get(r.target) }))
    .filter((r): r is { key: string; count: number; target: Target } => r.target !== undefined)
    .map((r) => ({ key: r.key, name: r.target.name, kind: r.target.kind, count: r.count }))
    .sort((a, b) => b.count - a.count || a.name.en.localeCompare(b.name.en));
  return { total: byTarget.reduce((sum, t) => sum + t.count, 0), byTarget };
}

export type PublicAction = {
  id: string;
  slug: string;
  title: Localized;
  ask: Localized;
  letter: Localized;
  status: 'open' | 'closed';
  toEmbassy: boolean;
  allowAnonymous: boolean;
  offices: { id: string; name: Localized }[];
  person: { slug: string; name: Localized } | null;
};

/** An action as its public page shows it; drafts are not public. */
export async function publicAction(slug: string): Promise<PublicAction | null> {
  if (typeof slug !== 'string' || slug.length > 80) return null;
  const [row] = await db()
    .select({ action: letterActions, person: { slug: cases.slug, name: cases.name, published: cases.published } })
    .from(letterActions)
    .leftJoin(cases, eq(cases.id, letterActions.caseId))
    .where(and(eq(letterActions.slug, slug), ne(letterActions.status, 'draft')));
  if (!row) return null;
  const offices = await db()
    .select({ id: letterOffices.id, name: letterOffices.name })
    .from(letterActionOffices)
    .innerJoin(letterOffices, eq(letterOffices.id, letterActionOffices.officeId))
    .where(eq(letterActionOffices.actionId, row.action.id))
    .orderBy(asc(letterOffices.slug));
  const { action, person } = row;
  return {
    id: action.id,
    slug: action.slug,
    title: action.title,
    ask: action.ask,
    letter: action.letter,
    status: action.status as 'open' | 'closed',
    toEmbassy: action.toEmbassy,
    allowAnonymous: action.allowAnonymous,
    offices,
    person: person?.slug && person.published ? { slug: person.slug, name: person.name! } : null,
  };
}

/** Open and closed actions, open first, optionally those about one case. */
export async function listPublicActions(filter: { caseId?: string } = {}) {
  const rows = await db()
    .select({ id: letterActions.id, slug: letterActions.slug, title: letterActions.title, ask: letterActions.ask, status: letterActions.status })
    .from(letterActions)
    .where(and(ne(letterActions.status, 'draft'), filter.caseId ? eq(letterActions.caseId, filter.caseId) : undefined))
    .orderBy(sql`${letterActions.status} = 'open' desc`, desc(letterActions.createdAt));
  const totals = rows.length
    ? await db()
        .select({ actionId: letterDeliveries.actionId, n: sql<number>`count(*)::int` })
        .from(letterDeliveries)
        .where(and(inArray(letterDeliveries.actionId, rows.map((r) => r.id)), inArray(letterDeliveries.status, ['sent', 'delivered'])))
        .groupBy(letterDeliveries.actionId)
    : [];
  const byAction = new Map(totals.map((t) => [t.actionId, t.n]));
  return rows.map((r) => ({ ...r, sent: byAction.get(r.id) ?? 0 }));
}
