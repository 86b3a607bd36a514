import 'server-only';
import { changingPages } from '@/lib/cache/tags';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { embassies, picketCases, picketRsvps, pickets, type EmbassyRow, type PicketRow } from '@/db/schema';
import { recordChange } from '@/lib/audit/log';
import { fieldError, fieldErrors, type FieldErrors } from '@/lib/forms/field-error';
import type { Actor } from '@/lib/actor';
import type { Tx } from '@/db/tx';
import { sendChanged, sendReviewOutcome } from './mail';
import { echo, NOTE_MAX, parsePicket, type PicketFieldErrors, type PicketValues } from './forms';
import { embassySchema, type EmbassyInput } from './organise-forms';
import { withPlaceDefaults } from './place-defaults';
import { picketColumns, resolveReferences } from './propose';
import { promoteFromWaitingList } from './rsvp';

export type OrganiseOutcome = { ok: true } | { ok: false; error: 'not_found' | 'wrong_status' | 'reason_required' };
export type EditOutcome = { ok: true; notified: number } | { ok: false; error: 'not_found' | 'wrong_status' } | { ok: false; error: 'invalid'; errors: PicketFieldErrors; values: PicketValues };

/** The record as the audit log keeps it: everything but the proposer's contact and token. */
function auditable(row: PicketRow) {
  const rest: Partial<PicketRow> = { ...row };
  delete rest.organiserEmail;
  delete rest.proposalTokenHash;
  return rest;
}

async function lock(tx: Tx, id: string): Promise<PicketRow | null> {
  const [row] = await tx.select().from(pickets).where(eq(pickets.id, id)).for('update');
  return row ?? null;
}

/** Attendees who hear of changes: registered and waiting, not those who never confirmed or left. */
async function attendees(tx: Tx, picketId: string) {
  return tx
    .select({ id: picketRsvps.id, email: picketRsvps.email, locale: picketRsvps.locale })
    .from(picketRsvps)
    .where(and(eq(picketRsvps.picketId, picketId), inArray(picketRsvps.status, ['confirmed', 'waitlisted'])));
}

/** Approves a confirmed proposal: it becomes public and the proposer is told. */
export async function approvePicket(actor: Actor, id: string, now = new Date()): Promise<OrganiseOutcome> {
  return changingPages(['pickets'], db().transaction(async (tx) => {
    const before = await lock(tx, id);
    if (!before) return { ok: false, error: 'not_found' } as const;
    if (before.status !== 'proposed' || !before.proposalConfirmedAt) return { ok: false, error: 'wrong_status' } as const;
    const [after] = await tx.update(pickets).set({ status: 'approved', reviewedAt: now, updatedAt: now }).where(eq(pickets.id, id)).returning();
    await recordChange(tx, actor, { action: 'update', entity: 'pickets', entityId: id, before: auditable(before), after: auditable(after!) });
    await sendReviewOutcome(tx, after!, true);
    return { ok: true } as const;
  }));
}

/** Rejects a proposal with a reason the proposer reads. */
export async function rejectPicket(actor: Actor, id: string, reason: string, now = new Date()): Promise<OrganiseOutcome> {
  const text = reason.trim().slice(0, NOTE_MAX);
  if (!text) return { ok: false, error: 'reason_required' };
  return db().transaction(async (tx) => {
    const before = await lock(tx, id);
    if (!before) return { ok: false, error: 'not_found' } as const;
    if (before.status !== 'proposed') return { ok: false, error: 'wrong_status' } as const;
    const [after] = await tx
      .update(pickets)
      .set({ status: 'rejected', rejectionReason: text, reviewedAt: now, updatedAt: now })
      .where(eq(pickets.id, id))
      .returning();
    await recordChange(tx, actor, { action: 'update', entity: 'pickets', entityId: id, before: auditable(before), after: auditable(after!) });
    if (before.proposalConfirmedAt) await sendReviewOutcome(tx, after!, false, text);
    return { ok: true } as const;
  });
}

const placeOrTime = (a: PicketRow, b: PicketRow) =>
  a.startsAt.getTime() !== b.startsAt.getTime() ||
  a.endsAt.getTime() !== b.endsAt.getTime() ||
  a.timeZone !== b.timeZone ||
  a.venue !== b.venue ||
  a.address !== b.address ||
  a.city !== b.city ||
  a.country !== b.country;

/**
 * An organiser's edit. Every change raises the SEQUENCE (calendars replace the event); a change of
 * time or place also mails every attendee the new details with the calendar link.
 */
export async function updatePicket(actor: Actor, id: string, posted: Record<string, unknown>, note?: string, now = () => new Date()): Promise<EditOutcome> {
  const raw = await withPlaceDefaults(db(), posted);
  const parsed = parsePicket(raw, now);
  if (!parsed.ok) return { ok: false, error: 'invalid', errors: parsed.errors, values: parsed.values };
  const input = parsed.input;
  return changingPages(['pickets'], db().transaction(async (tx) => {
    const before = await lock(tx, id);
    if (!before) return { ok: false, error: 'not_found' } as const;
    if (before.status === 'cancelled' || before.status === 'rejected') return { ok: false, error: 'wrong_status' } as const;
    const refs = await resolveReferences(tx, input);
    if (!refs.ok) return { ok: false, error: 'invalid', errors: refs.errors, values: echo(raw) } as const;
    const [after] = await tx
      .update(pickets)
      .set({ ...picketColumns(input, refs.place), sequence: before.sequence + 1, updatedAt: now() })
      .where(eq(pickets.id, id))
      .returning();
    await tx.delete(picketCases).where(eq(picketCases.picketId, id));
    if (input.caseIds.length > 0) await tx.insert(picketCases).values([...new Set(input.caseIds)].map((caseId) => ({ picketId: id, caseId })));
    await recordChange(tx, actor, { action: 'update', entity: 'pickets', entityId: id, before: auditable(before), after: { ...auditable(after!), caseIds: input.caseIds } });
    let notified = 0;
    if (after!.status === 'approved' && placeOrTime(before, after!)) {
      const text = note?.trim().slice(0, NOTE_MAX) || undefined;
      for (const rsvp of await attendees(tx, id)) {
        await sendChanged(tx, after!, rsvp, { cancelled: false, note: text });
        notified += 1;
      }
    }
    if ((after!.capacity ?? Infinity) > (before.capacity ?? Infinity) || (before.capacity !== null && after!.capacity === null)) await promoteFromWaitingList(tx, after!);
    return { ok: true, notified } as const;
  }));
}

/** Calls off an approved picket: STATUS:CANCELLED in the calendars, and a notice to every attendee. */
export async function cancelPicket(actor: Actor, id: string, note?: string, now = new Date()): Promise<OrganiseOutcome> {
  return changingPages(['pickets'], db().transaction(async (tx) => {
    const before = await lock(tx, id);
    if (!before) return { ok: false, error: 'not_found' } as const;
    if (before.status !== 'approved') return { ok: false, error: 'wrong_status' } as const;
    const [after] = await tx
      .update(pickets)
      .set({ status: 'cancelled', cancelledAt: now, sequence: before.sequence + 1, updatedAt: now })
      .where(eq(pickets.id, id))
      .returning();
    await recordChange(tx, actor, { action: 'update', entity: 'pickets', entityId: id, before: auditable(before), after: auditable(after!) });
    const text = note?.trim().slice(0, NOTE_MAX) || undefined;
    for (const rsvp of await attendees(tx, id)) await sendChanged(tx, after!, rsvp, { cancelled: true, note: text });
    return { ok: true } as const;
  }));
}

// --- Embassies and consulates, where pickets are held ---
export type EmbassyOutcome = { ok: true; id: string } | { ok: false; errors: FieldErrors };

function parse(raw: unknown): { ok: true; input: EmbassyInput } | { ok: false; errors: FieldErrors } {
  const result = embassySchema.safeParse(raw);
  return result.success ? { ok: true, input: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

export async function createEmbassy(actor: Actor, raw: unknown): Promise<EmbassyOutcome> {
  const parsed = parse(raw);
  if (!parsed.ok) return parsed;
  return db().transaction(async (tx) => {
    const [row] = await tx.insert(embassies).values(parsed.input).returning();
    await recordChange(tx, actor, { action: 'create', entity: 'embassies', entityId: row!.id, after: row });
    return { ok: true, id: row!.id } as const;
  });
}

export async function updateEmbassy(actor: Actor, id: string, raw: unknown): Promise<EmbassyOutcome> {
  const parsed = parse(raw);
  if (!parsed.ok) return parsed;
  return db().transaction(async (tx) => {
    const [before] = await tx.select().from(embassies).where(eq(embassies.id, id)).for('update');
    if (!before) return { ok: false, errors: { form: fieldError('embassyGone') } } as const;
    const [after] = await tx.update(embassies).set({ ...parsed.input, updatedAt: new Date() }).where(eq(embassies.id, id)).returning();
    await recordChange(tx, actor, { action: 'update', entity: 'embassies', entityId: id, before, after });
    return { ok: true, id } as const;
  });
}

export type EmbassySeed = Omit<EmbassyRow, 'id' | 'updatedAt' | 'email' | 'emailSourceUrl'> & Partial<Pick<EmbassyRow, 'email' | 'emailSourceUrl'>>;
