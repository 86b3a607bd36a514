import 'server-only';
import { changingPages } from '@/lib/cache/tags';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db/client';
import {
  caseNames,
  cases,
  caseStatuses,
  charges,
  citations,
  detentions,
  sentences,
  sources,
  timelineEvents,
  type CitationSubject,
} from '@/db/schema';
import type { Actor } from '@/lib/actor';
import { detectScript, nameKey } from '@/lib/cases/name-search';
import type { Localized } from '@/lib/i18n/locales';
import type { Tx } from '@/db/tx';
import { recordChange } from '@/lib/audit/log';
import { identityForm, recordForms, sourceForm, type IdentityInput, type RecordKind } from './organise-forms';
import { echoValues, fieldError, fieldErrors, isUuid, type FieldErrors, type FormState } from '@/lib/forms/form-input';

// The case editor's rules: plain functions over the database that the dashboard's server actions
// call after checking the role, and that tests call directly. Each save is one transaction that
// also writes the audit entry; on bad input nothing is written and the field errors come back.

const tables = {
  names: caseNames,
  statuses: caseStatuses,
  charges,
  sentences,
  detentions,
  timeline: timelineEvents,
} as const;

/** The citation subject of each kind of record; names are not cited. */
const subjects: Record<RecordKind, CitationSubject | null> = {
  names: null,
  statuses: 'status',
  charges: 'charge',
  sentences: 'sentence',
  detentions: 'detention',
  timeline: 'timeline',
};

/** The database table name, as the audit log records it. */
export function entityName(kind: RecordKind): string {
  return { names: 'case_names', statuses: 'case_statuses', charges: 'charges', sentences: 'sentences', detentions: 'detentions', timeline: 'timeline_events' }[kind];
}

// Every record table has an id and a case_id; typed as one of them so the generic queries compile.
type RecordTable = typeof caseStatuses;
const tableOf = (kind: RecordKind) => tables[kind] as unknown as RecordTable;

/** Ids come from the page (bound to the action), so they may be forged: check their shape first. */
function unknownIds(...ids: (string | null)[]): boolean {
  return !ids.every((id) => id === null || isUuid(id));
}

const GONE: FieldErrors = { form: fieldError('recordGone') };
const CASE_GONE: FieldErrors = { form: fieldError('caseGone') };

function invalid(error: z.ZodError | FieldErrors, input: Record<string, unknown>): FormState {
  return { ok: false, errors: error instanceof Error ? fieldErrors(error) : error, values: echoValues(input) };
}

function isUniqueViolation(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string } })?.cause ?? e;
  return (cause as { code?: string })?.code === '23505';
}

async function citedSources(tx: Tx, subject: CitationSubject, id: string): Promise<string[]> {
  const rows = await tx
    .select({ id: citations.sourceId })
    .from(citations)
    .where(and(eq(citations.subject, subject), eq(citations.subjectId, id)));
  return rows.map((r) => r.id).sort();
}

async function setCitations(tx: Tx, subject: CitationSubject, id: string, sourceIds: string[]): Promise<FieldErrors | null> {
  const wanted = [...new Set(sourceIds)].sort();
  if (wanted.length > 0) {
    const known = await tx.select({ id: sources.id }).from(sources).where(inArray(sources.id, wanted));
    if (known.length !== wanted.length) return { sources: fieldError('unknownSource') };
  }
  await tx.delete(citations).where(and(eq(citations.subject, subject), eq(citations.subjectId, id)));
  if (wanted.length > 0) await tx.insert(citations).values(wanted.map((sourceId) => ({ sourceId, subject, subjectId: id })));
  return null;
}

/** Rolls the transaction back with field errors the caller shows: nothing is half-saved. */
class Refused extends Error {
  constructor(readonly errors: FieldErrors) {
    super('refused');
  }
}

async function inTransaction(input: Record<string, unknown>, work: (tx: Tx) => Promise<FormState>, unique?: FieldErrors) {
  try {
    // Every public page showing a case (its name, status, facts or sources) is rendered again.
    return await changingPages(['cases'], db().transaction(work));
  } catch (e) {
    if (e instanceof Refused) return invalid(e.errors, input);
    if (unique && isUniqueViolation(e)) return invalid(unique, input);
    throw e;
  }
}

/** The display names in every locale are searchable spellings too. */
async function addPrimaryNames(tx: Tx, caseId: string, name: Localized) {
  const values = Object.entries(name)
    .filter(([, n]) => n)
    .map(([language, n]) => ({ caseId, name: n!, language, kind: 'primary' as const, script: detectScript(n!), searchKey: nameKey(n!) }));
  if (values.length > 0) await tx.insert(caseNames).values(values).onConflictDoNothing();
}

function identityRow(data: IdentityInput) {
  const { sources: _sources, ...row } = data;
  void _sources;
  return row;
}

export async function createCase(actor: Actor, input: Record<string, unknown>): Promise<FormState> {
  const parsed = identityForm.schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  return inTransaction(
    input,
    async (tx) => {
      const [row] = await tx.insert(cases).values(identityRow(parsed.data)).returning();
      await addPrimaryNames(tx, row!.id, parsed.data.name);
      const bad = await setCitations(tx, 'case', row!.id, parsed.data.sources);
      if (bad) throw new Refused(bad);
      await recordChange(tx, actor, { action: 'create', entity: 'cases', entityId: row!.id, caseId: row!.id, after: { ...row, sources: parsed.data.sources } });
      return { ok: true, message: 'Case created.', done: { key: 'caseCreated' }, id: row!.id };
    },
    { slug: fieldError('caseSlugTaken') },
  );
}

export async function updateCase(actor: Actor, caseId: string, input: Record<string, unknown>): Promise<FormState> {
  if (unknownIds(caseId)) return invalid(GONE, input);
  const parsed = identityForm.schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  return inTransaction(
    input,
    async (tx) => {
      const [before] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
      if (!before) throw new Refused(CASE_GONE);
      const beforeSources = await citedSources(tx, 'case', caseId);
      const [after] = await tx
        .update(cases)
        .set({ ...identityRow(parsed.data), updatedAt: new Date() })
        .where(eq(cases.id, caseId))
        .returning();
      await addPrimaryNames(tx, caseId, parsed.data.name);
      const bad = await setCitations(tx, 'case', caseId, parsed.data.sources);
      if (bad) throw new Refused(bad);
      await recordChange(tx, actor, {
        action: 'update',
        entity: 'cases',
        entityId: caseId,
        caseId,
        before: { ...before, sources: beforeSources },
        after: { ...after, sources: [...new Set(parsed.data.sources)].sort() },
      });
      return { ok: true, message: 'Saved.', done: { key: 'saved' } };
    },
    { slug: fieldError('caseSlugTaken') },
  );
}

/** The row to write for a record, from its parsed form. */
function recordRow(kind: RecordKind, data: Record<string, unknown>): Record<string, unknown> {
  const { sources: _sources, ...row } = data;
  void _sources;
  if (kind === 'names') {
    const name = row.name as string;
    return { ...row, script: detectScript(name), searchKey: nameKey(name) };
  }
  if (kind === 'sentences') {
    const { penalties, ...rest } = row;
    return { ...rest, additionalPenalties: penaltiesFromLines(penalties as Localized | null) };
  }
  return row;
}

/** Side penalties are typed one per line in each language; line n of every language is penalty n. */
export function penaltiesFromLines(text: Localized | null): Localized[] {
  if (!text) return [];
  const lines = (s: string | undefined) => (s ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const en = lines(text.en);
  const ru = lines(text.ru);
  const kk = lines(text.kk);
  return en.map((line, i) => {
    const penalty: Localized = { en: line };
    if (ru[i]) penalty.ru = ru[i];
    if (kk[i]) penalty.kk = kk[i];
    return penalty;
  });
}

/** Creates (recordId null) or updates one record of a case: a status, a timeline entry, a charge … */
export async function saveCaseRecord(
  actor: Actor,
  kind: RecordKind,
  caseId: string,
  recordId: string | null,
  input: Record<string, unknown>,
): Promise<FormState> {
  if (!(kind in recordForms) || unknownIds(caseId, recordId)) return invalid(GONE, input);
  const form = recordForms[kind];
  const parsed = form.schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const data = parsed.data as Record<string, unknown>;
  const table = tableOf(kind);
  const subject = subjects[kind];
  return inTransaction(
    input,
    async (tx) => {
      const [owner] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for('update');
      if (!owner) throw new Refused(CASE_GONE);
      let before: Record<string, unknown> | undefined;
      let row: Record<string, unknown> | undefined;
      if (recordId) {
        const [found] = await tx.select().from(table).where(and(eq(table.id, recordId), eq(table.caseId, caseId))).for('update');
        if (!found) throw new Refused(GONE);
        before = { ...found, ...(subject ? { sources: await citedSources(tx, subject, recordId) } : {}) };
        [row] = (await tx.update(table).set(recordRow(kind, data)).where(eq(table.id, recordId)).returning()) as Record<string, unknown>[];
      } else {
        [row] = (await tx.insert(table).values({ ...recordRow(kind, data), caseId } as never).returning()) as Record<string, unknown>[];
      }
      const id = row!.id as string;
      if (subject) {
        const bad = await setCitations(tx, subject, id, data.sources as string[]);
        if (bad) throw new Refused(bad);
      }
      await tx.update(cases).set({ updatedAt: new Date() }).where(eq(cases.id, caseId));
      await recordChange(tx, actor, {
        action: recordId ? 'update' : 'create',
        entity: entityName(kind),
        entityId: id,
        caseId,
        before,
        after: { ...row!, ...(subject ? { sources: [...new Set(data.sources as string[])].sort() } : {}) },
      });
      return { ok: true, message: recordId ? 'Saved.' : 'Added.', done: { key: recordId ? 'saved' : 'added' }, id };
    },
    kind === 'names' ? { name: fieldError('spellingTaken') } : undefined,
  );
}

export async function deleteCaseRecord(actor: Actor, kind: RecordKind, caseId: string, recordId: string): Promise<FormState> {
  if (!(kind in recordForms) || unknownIds(caseId, recordId)) return invalid(GONE, {});
  const table = tableOf(kind);
  const subject = subjects[kind];
  return inTransaction({}, async (tx) => {
    const [found] = await tx.select().from(table).where(and(eq(table.id, recordId), eq(table.caseId, caseId))).for('update');
    if (!found) throw new Refused(GONE);
    const cited = subject ? await citedSources(tx, subject, recordId) : [];
    await tx.delete(table).where(eq(table.id, recordId));
    if (subject) await tx.delete(citations).where(and(eq(citations.subject, subject), eq(citations.subjectId, recordId)));
    await tx.update(cases).set({ updatedAt: new Date() }).where(eq(cases.id, caseId));
    await recordChange(tx, actor, {
      action: 'delete',
      entity: entityName(kind),
      entityId: recordId,
      caseId,
      before: { ...found, ...(subject ? { sources: cited } : {}) },
    });
    return { ok: true, message: 'Deleted.', done: { key: 'deleted' } };
  });
}

export async function saveSource(actor: Actor, sourceId: string | null, input: Record<string, unknown>): Promise<FormState> {
  if (unknownIds(sourceId)) return invalid(GONE, input);
  const parsed = sourceForm.schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  return inTransaction(input, async (tx) => {
    let before;
    if (sourceId) {
      [before] = await tx.select().from(sources).where(eq(sources.id, sourceId)).for('update');
      if (!before) throw new Refused({ form: fieldError('sourceGone') });
    }
    const [row] = sourceId
      ? await tx.update(sources).set(parsed.data).where(eq(sources.id, sourceId)).returning()
      : await tx.insert(sources).values(parsed.data).returning();
    await recordChange(tx, actor, { action: sourceId ? 'update' : 'create', entity: 'sources', entityId: row!.id, before, after: row });
    return { ok: true, message: sourceId ? 'Saved.' : 'Added.', done: { key: sourceId ? 'saved' : 'added' }, id: row!.id };
  });
}

/** Every case, drafts too, for the dashboard's list. */
export async function listCasesForEditing() {
  return db()
    .select({ id: cases.id, slug: cases.slug, name: cases.name, published: cases.published, updatedAt: cases.updatedAt })
    .from(cases)
    .orderBy(desc(cases.updatedAt));
}

export async function listSources() {
  return db().select().from(sources).orderBy(sql`${sources.publishedOn} desc nulls last`, asc(sources.title));
}

/** Sources as the editor's forms offer them: one line each. */
export async function sourceOptions(): Promise<{ id: string; label: string }[]> {
  return (await listSources()).map((s) => ({ id: s.id, label: `${s.title} — ${s.publisher}` }));
}

/** A case with all its records and what each cites, for the editor; drafts included. */
export async function getCaseForEditing(caseId: string) {
  if (unknownIds(caseId)) return null;
  const [found] = await db().select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!found) return null;
  const byCase = <T extends RecordTable>(table: T) => eq(table.caseId, caseId);
  const [names, statuses, chargeList, sentenceList, detentionList, timeline, allCitations] = await Promise.all([
    db().select().from(caseNames).where(byCase(tableOf('names'))).orderBy(asc(caseNames.kind), asc(caseNames.name)),
    db().select().from(caseStatuses).where(byCase(caseStatuses)).orderBy(sql`${caseStatuses.since} asc nulls first`, asc(caseStatuses.asOf)),
    db().select().from(charges).where(byCase(tableOf('charges'))).orderBy(asc(charges.position)),
    db().select().from(sentences).where(byCase(tableOf('sentences'))).orderBy(sql`${sentences.sentencedOn} asc nulls last`),
    db().select().from(detentions).where(byCase(tableOf('detentions'))).orderBy(asc(detentions.position), sql`${detentions.fromDate} asc nulls last`),
    db().select().from(timelineEvents).where(byCase(tableOf('timeline'))).orderBy(asc(timelineEvents.occurredOn)),
    db().select().from(citations),
  ]);
  const cited = new Map<string, string[]>();
  for (const c of allCitations) {
    const key = `${c.subject}:${c.subjectId}`;
    cited.set(key, [...(cited.get(key) ?? []), c.sourceId]);
  }
  return {
    case: found,
    records: { names, statuses, charges: chargeList, sentences: sentenceList, detentions: detentionList, timeline },
    citedBy: (kind: RecordKind | 'case', id: string) => cited.get(`${kind === 'case' ? 'case' : subjects[kind]}:${id}`) ?? [],
  };
}
