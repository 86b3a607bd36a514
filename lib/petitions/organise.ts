import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db/client';
import { paperCounts, petitions, signatures, type PetitionRow } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { recordChange } from '@/lib/audit/log';
import { pagesChanged } from '@/lib/cache/tags';
import { echoValues, fieldError, fieldErrors, isUuid, type FieldError, type FieldErrors, type FormState } from '@/lib/forms/form-input';
import type { Actor } from '@/lib/actor';
import { clearFlagSchema, deliverySchema, invalidateSchema, paperSchema, petitionSchema } from './organise-forms';
import { forgetPetition } from './sign';
import { addToTally, isCounted } from './tally';

// What organisers do with petitions, called by the dashboard's actions. Each change is one
// transaction with its audit entry; bad input comes back as field errors with what was typed.

function invalid(error: z.ZodError | FieldErrors, input: Record<string, unknown>): FormState {
  return { ok: false, errors: error instanceof Error ? fieldErrors(error) : error, values: echoValues(input) };
}

const GONE = { form: fieldError('petitionGone') };

function isUniqueViolation(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string } })?.cause ?? e;
  return (cause as { code?: string })?.code === '23505';
}

export async function createPetition(actor: Actor, input: Record<string, unknown>): Promise<FormState> {
  const parsed = petitionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  try {
    return await db().transaction(async (tx) => {
      const [row] = await tx.insert(petitions).values(parsed.data).returning();
      await recordChange(tx, actor, { action: 'create', entity: 'petitions', entityId: row!.id, caseId: row!.caseId, after: row });
      return { ok: true, message: 'Petition created as a draft.', done: { key: 'petitionCreated' }, id: row!.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return invalid({ slug: fieldError('petitionSlugTaken') }, input);
    throw e;
  }
}

export async function updatePetition(actor: Actor, id: string, input: Record<string, unknown>): Promise<FormState> {
  if (!isUuid(id)) return invalid(GONE, input);
  const parsed = petitionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  try {
    const result = await db().transaction(async (tx) => {
      const [before] = await tx.select().from(petitions).where(eq(petitions.id, id)).for('update');
      if (!before) return null;
      const [after] = await tx
        .update(petitions)
        .set({ ...parsed.data, updatedAt: new Date() })
        .where(eq(petitions.id, id))
        .returning();
      await recordChange(tx, actor, { action: 'update', entity: 'petitions', entityId: id, caseId: after!.caseId, before, after });
      return { before, after: after! };
    });
    if (!result) return invalid(GONE, input);
    await forgetPetition(result.before.slug);
    if (result.after.slug !== result.before.slug) await forgetPetition(result.after.slug);
    pagesChanged('petitions');
    return { ok: true, message: 'Petition saved.', done: { key: 'petitionSaved' }, id };
  } catch (e) {
    if (isUniqueViolation(e)) return invalid({ slug: fieldError('petitionSlugTaken') }, input);
    throw e;
  }
}

/** Status changes organisers may make: a delivered petition is final. */
const NEXT: Record<PetitionRow['status'], PetitionRow['status'][]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'delivered'],
  delivered: [],
};

export type Moved = { ok: true; petition: PetitionRow } | { ok: false; error: FieldError };

async function moveTo(
  actor: Actor,
  id: string,
  status: PetitionRow['status'],
  /** The other columns the move sets, or why it may not happen. */
  extra: (current: PetitionRow) => Partial<PetitionRow> | { refused: FieldError },
): Promise<Moved> {
  if (!isUuid(id)) return { ok: false, error: GONE.form };
  const result = await db().transaction(async (tx): Promise<Moved> => {
    const [current] = await tx.select().from(petitions).where(eq(petitions.id, id)).for('update');
    if (!current) return { ok: false, error: GONE.form };
    if (!NEXT[current.status].includes(status)) return { ok: false, error: fieldError('petitionCannotMove', { from: current.status, to: status }) };
    const changes = extra(current);
    if ('refused' in changes) return { ok: false, error: changes.refused };
    const [row] = await tx
      .update(petitions)
      .set({ status, updatedAt: new Date(), ...changes })
      .where(eq(petitions.id, id))
      .returning();
    await recordChange(tx, actor, { action: 'update', entity: 'petitions', entityId: id, caseId: row!.caseId, before: current, after: row });
    return { ok: true, petition: row! };
  });
  if (result.ok) {
    await forgetPetition(result.petition.slug);
    pagesChanged('petitions');
  }
  return result;
}

/** Opens for signing now, or at the opening date already set if that is later. */
export function openPetition(actor: Actor, id: string, now = new Date()) {
  return moveTo(actor, id, 'open', (p) =>
    p.closesAt && p.closesAt <= now ? { refused: fieldError('closingDatePassed') } : { opensAt: p.opensAt ?? now },
  );
}

export function closePetition(actor: Actor, id: string, now = new Date()) {
  // A petition closed before its opening date never opened: the opening date goes with it.
  return moveTo(actor, id, 'closed', (p) => ({ closesAt: now, opensAt: p.opensAt && p.opensAt < now ? p.opensAt : null }));
}

/** Records the delivery to the target: when, to whom, how many signatures, and a note. */
export async function markDelivered(actor: Actor, id: string, input: Record<string, unknown>): Promise<FormState> {
  const parsed = deliverySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const d = parsed.data;
  const moved = await moveTo(actor, id, 'delivered', () => ({
    deliveredAt: d.deliveredOn,
    deliveredTo: d.deliveredTo,
    deliveredCount: d.deliveredCount,
    deliveryNote: d.deliveryNote,
  }));
  return moved.ok ? { ok: true, message: 'Delivery recorded.', done: { key: 'deliveryRecorded' }, id } : invalid({ form: moved.error }, input);
}

async function invalidateIn(tx: Tx, actor: Actor, petitionId: string, ids: string[], reason: string): Promise<number> {
  const rows = await tx
    .select({ id: signatures.id, petitionId: signatures.petitionId, country: signatures.country, status: signatures.status, flagged: signatures.flagged })
    .from(signatures)
    .where(and(eq(signatures.petitionId, petitionId), inArray(signatures.id, ids), eq(signatures.flagged, false)))
    .for('update');
  if (rows.length === 0) return 0;
  await tx
    .update(signatures)
    .set({ flagged: true, flagReason: reason })
    .where(inArray(signatures.id, rows.map((r) => r.id)));
  for (const r of rows) {
    if (isCounted(r)) await addToTally(tx, r.petitionId, r.country, -1);
    await recordChange(tx, actor, { action: 'update', entity: 'signatures', entityId: r.id, before: { petitionId, flagged: false }, after: { petitionId, flagged: true, flagReason: reason } });
  }
  return rows.length;
}

/**
 * Flags signatures of one petition so they no longer count (a bot wave found after the fact).
 * Returns how many changed: those already flagged or of another petition are left alone.
 */
export async function invalidateSignatures(actor: Actor, petitionId: string, input: Record<string, unknown>): Promise<FormState> {
  if (!isUuid(petitionId)) return invalid(GONE, input);
  const parsed = invalidateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const changed = await db().transaction((tx) => invalidateIn(tx, actor, petitionId, parsed.data.ids, parsed.data.reason));
  if (changed > 0) pagesChanged('petitions');
  return {
    ok: true,
    message: changed === 1 ? '1 signature invalidated.' : `${changed} signatures invalidated.`,
    done: { key: 'invalidated', values: { count: changed } },
  };
}

/**
 * Clears the flag the hourly abuse check raised on a petition, once an organiser has looked at the
 * signatures behind it. The reason goes into the audit log. The check then counts only signatures
 * given after this moment, so the spike just looked at does not flag the petition again.
 */
export async function clearPetitionFlag(actor: Actor, petitionId: string, input: Record<string, unknown>, now = new Date()): Promise<FormState> {
  if (!isUuid(petitionId)) return invalid(GONE, input);
  const parsed = clearFlagSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  return db().transaction(async (tx) => {
    const [before] = await tx.select().from(petitions).where(eq(petitions.id, petitionId)).for('update');
    if (!before) return invalid(GONE, input);
    if (!before.flaggedAt) return invalid({ form: fieldError('petitionNotFlagged') }, input);
    await tx
      .update(petitions)
      .set({ flaggedAt: null, flagReason: null, flagSourceKind: null, flagSource: null, flagClearedAt: now })
      .where(eq(petitions.id, petitionId));
    await recordChange(tx, actor, {
      action: 'update',
      entity: 'petitions',
      entityId: petitionId,
      caseId: before.caseId,
      before: { title: before.title, flaggedAt: before.flaggedAt, flagReason: before.flagReason },
      after: { title: before.title, flaggedAt: null, flagReason: null, clearedBecause: parsed.data.reason },
    });
    return { ok: true, message: 'Flag cleared.', id: petitionId };
  });
}

/** Paper signatures from one sheet (or a bundle of sheets) gathered at a picket. */
export async function addPaperCount(actor: Actor, petitionId: string, input: Record<string, unknown>): Promise<FormState> {
  if (!isUuid(petitionId)) return invalid(GONE, input);
  const parsed = paperSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const added = await db().transaction(async (tx) => {
    const [petition] = await tx.select({ id: petitions.id, slug: petitions.slug, caseId: petitions.caseId }).from(petitions).where(eq(petitions.id, petitionId));
    if (!petition) return null;
    const [row] = await tx
      .insert(paperCounts)
      .values({ petitionId, ...parsed.data })
      .returning();
    await recordChange(tx, actor, { action: 'create', entity: 'paper_counts', entityId: row!.id, caseId: petition.caseId, after: row });
    return { slug: petition.slug, row: row! };
  });
  if (!added) return invalid(GONE, input);
  // After the commit: a process that reads the page again must find the new count.
  await forgetPetition(added.slug);
  pagesChanged('petitions');
  return { ok: true, message: `${added.row.count} paper signatures added.`, done: { key: 'paperAdded', values: { count: added.row.count } }, id: added.row.id };
}
