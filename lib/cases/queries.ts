import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  campaigns,
  caseNames,
  cases,
  caseStatuses,
  charges,
  citations,
  detentions,
  sentences,
  sources,
  timelineEvents,
  type CaseRow,
  type CaseStatusRow,
  type CitationSubject,
  type SourceRow,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { pick } from '@/lib/i18n/localized';
import type { CaseListParams } from './forms';
import { queryKeys } from './name-search';
import { statusGroup, type StatusGroup } from './status';

/** The status a case has now: the one that began last (a later report wins on the same day). */
const currentStatusOrder = [desc(caseStatuses.caseId), sql`${caseStatuses.since} desc nulls last`, desc(caseStatuses.asOf)];

async function currentStatuses(caseIds: string[]): Promise<Map<string, CaseStatusRow>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db()
    .selectDistinctOn([caseStatuses.caseId])
    .from(caseStatuses)
    .where(inArray(caseStatuses.caseId, caseIds))
    .orderBy(...currentStatusOrder);
  return new Map(rows.map((r) => [r.caseId, r]));
}

export type CaseSummary = Pick<CaseRow, 'id' | 'slug' | 'name' | 'summary' | 'occupation' | 'photoPath' | 'photoConsent' | 'photoCredit'> & {
  status: CaseStatusRow | null;
};

/** Published cases for the list and home pages, filtered, searched and sorted. */
export async function listCases(locale: Locale, params: Partial<CaseListParams> = {}): Promise<CaseSummary[]> {
  const filters = [eq(cases.published, true)];
  // Every word of the query must match some stored spelling of the person's name.
  for (const key of queryKeys(params.q ?? '')) {
    filters.push(
      sql`exists (select 1 from ${caseNames} where ${caseNames.caseId} = ${cases.id} and ${caseNames.searchKey} like ${'%' + key + '%'})`,
    );
  }
  const rows = await db()
    .select({
      id: cases.id,
      slug: cases.slug,
      name: cases.name,
      summary: cases.summary,
      occupation: cases.occupation,
      photoPath: cases.photoPath,
      photoConsent: cases.photoConsent,
      photoCredit: cases.photoCredit,
    })
    .from(cases)
    .where(and(...filters));
  const statuses = await currentStatuses(rows.map((r) => r.id));
  let list: CaseSummary[] = rows.map((r) => ({ ...r, status: statuses.get(r.id) ?? null }));
  if (params.status) list = list.filter((c) => c.status?.status === params.status);

  const collator = new Intl.Collator(locale);
  const byName = (a: CaseSummary, b: CaseSummary) => collator.compare(pick(a.name, locale).text, pick(b.name, locale).text);
  if (params.sort === 'recent') {
    const changed = (c: CaseSummary) => c.status?.since ?? c.status?.asOf ?? '';
    list.sort((a, b) => changed(b).localeCompare(changed(a)) || byName(a, b));
  } else {
    list.sort(byName);
  }
  return list;
}

export type CaseTotals = Record<StatusGroup, number>;

export async function caseTotals(): Promise<CaseTotals> {
  const ids = await db().select({ id: cases.id }).from(cases).where(eq(cases.published, true));
  const statuses = await currentStatuses(ids.map((r) => r.id));
  const totals: CaseTotals = { held: 0, free: 0, died: 0 };
  for (const s of statuses.values()) totals[statusGroup(s.status)] += 1;
  return totals;
}

/** Numbered sources of one page and, for each fact, the numbers of the sources that back it. */
export type SourceIndex = {
  sources: (SourceRow & { number: number })[];
  cited: (subject: CitationSubject, id: string) => number[];
};

async function sourceIndex(subjects: { subject: CitationSubject; id: string }[]): Promise<SourceIndex> {
  const ids = [...new Set(subjects.map((s) => s.id))];
  if (ids.length === 0) return { sources: [], cited: () => [] };
  const rows = await db()
    .select({ citation: citations, source: sources })
    .from(citations)
    .innerJoin(sources, eq(citations.sourceId, sources.id))
    .where(inArray(citations.subjectId, ids))
    .orderBy(sql`${sources.publishedOn} asc nulls last`, asc(sources.title));
  const wanted = new Set(subjects.map((s) => `${s.subject}:${s.id}`));
  const numbers = new Map<string, number>();
  const list: SourceIndex['sources'] = [];
  const bySubject = new Map<string, number[]>();
  for (const { citation, source } of rows) {
    const key = `${citation.subject}:${citation.subjectId}`;
    if (!wanted.has(key)) continue;
    let number = numbers.get(source.id);
    if (number === undefined) {
      number = list.length + 1;
      numbers.set(source.id, number);
      list.push({ ...source, number });
    }
    const cited = bySubject.get(key) ?? [];
    if (!cited.includes(number)) cited.push(number);
    bySubject.set(key, cited.sort((a, b) => a - b));
  }
  return { sources: list, cited: (subject, id) => bySubject.get(`${subject}:${id}`) ?? [] };
}

export async function getCaseProfile(slug: string) {
  const [found] = await db()
    .select()
    .from(cases)
    .where(and(eq(cases.slug, slug), eq(cases.published, true)))
    .limit(1);
  if (!found) return null;
  const [names, statusHistory, chargeList, sentenceList, detentionList, timeline] = await Promise.all([
    db().select().from(caseNames).where(eq(caseNames.caseId, found.id)).orderBy(asc(caseNames.kind), asc(caseNames.name)),
    db()
      .select()
      .from(caseStatuses)
      .where(eq(caseStatuses.caseId, found.id))
      .orderBy(sql`${caseStatuses.since} asc nulls first`, asc(caseStatuses.asOf)),
    db().select().from(charges).where(eq(charges.caseId, found.id)).orderBy(asc(charges.position)),
    db().select().from(sentences).where(eq(sentences.caseId, found.id)).orderBy(sql`${sentences.sentencedOn} asc nulls last`),
    db()
      .select()
      .from(detentions)
      .where(eq(detentions.caseId, found.id))
      .orderBy(asc(detentions.position), sql`${detentions.fromDate} asc nulls last`),
    db().select().from(timelineEvents).where(eq(timelineEvents.caseId, found.id)).orderBy(asc(timelineEvents.occurredOn)),
  ]);
  const status = (await currentStatuses([found.id])).get(found.id) ?? null;
  const index = await sourceIndex([
    { subject: 'case', id: found.id },
    ...statusHistory.map((s) => ({ subject: 'status' as const, id: s.id })),
    ...chargeList.map((c) => ({ subject: 'charge' as const, id: c.id })),
    ...sentenceList.map((s) => ({ subject: 'sentence' as const, id: s.id })),
    ...detentionList.map((d) => ({ subject: 'detention' as const, id: d.id })),
    ...timeline.map((t) => ({ subject: 'timeline' as const, id: t.id })),
  ]);
  return {
    case: found,
    names,
    status,
    statusHistory,
    charges: chargeList,
    sentences: sentenceList,
    detentions: detentionList,
    timeline,
    sources: index.sources,
    cited: index.cited,
  };
}

export type CaseProfile = NonNullable<Awaited<ReturnType<typeof getCaseProfile>>>;

export async function getCampaignPage(slug: string) {
  const [found] = await db()
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), eq(campaigns.published, true)))
    .limit(1);
  if (!found) return null;
  const timeline = await db()
    .select()
    .from(timelineEvents)
    .where(eq(timelineEvents.campaignId, found.id))
    .orderBy(asc(timelineEvents.occurredOn));
  const index = await sourceIndex([
    { subject: 'campaign', id: found.id },
    ...timeline.map((t) => ({ subject: 'timeline' as const, id: t.id })),
  ]);
  return { campaign: found, timeline, sources: index.sources, cited: index.cited };
}

export type CampaignPage = NonNullable<Awaited<ReturnType<typeof getCampaignPage>>>;

