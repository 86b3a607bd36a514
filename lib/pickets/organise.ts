import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { picketCases, picketRsvps, pickets, type PicketRow, type PicketStatus } from '@/db/schema';
import { recordChange } from '@/lib/admin/audit';
import type { Actor } from '@/lib/auth/actor';
import { sendChanged, sendReviewOutcome, type Tx } from './mail';
import { echo, NOTE_MAX, parsePicket, type PicketFieldErrors, type PicketValues } from './picket-schema';
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
  return db().transaction(async (tx) => {
    const before = await lock(tx, id);
    if (!before) return { ok: false, error: 'not_found' } as const;
    if (before.status !== 'proposed' || !before.proposalConfirmedAt) return { ok: false, error: 'wrong_status' } as const;
    const [after] = await tx.update(pickets).set({ status: 'approved', reviewedAt: now, updatedAt: now }).where(eq(pickets.id, id)).returning();
    await recordChange(tx, actor, { action: 'update', entity: 'pickets', entityId: id, before: auditable(before), after: auditable(after!) });
    await sendReviewOutcome(tx, after!, true);
    return { ok: true } as const;
  });
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
  return db().transaction(async (tx) => {
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
  });
}

/** Calls off an approved picket: STATUS:CANCELLED in the calendars, and a notice to every attendee. */
export async function cancelPicket(actor: Actor, id: string, note?: string, now = new Date()): Promise<OrganiseOutcome> {
  return db().transaction(async (tx) => {
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
  });
}

/** The dashboard's list: every picket whose proposer confirmed their address, newest start first. */
export async function listPicketsForOrganisers(status?: PicketStatus) {
  return db()
    .select({
      id: pickets.id,
      title: pickets.title,
      city: pickets.city,
      country: pickets.country,
      startsAt: pickets.startsAt,
      endsAt: pickets.endsAt,
      timeZone: pickets.timeZone,
      status: pickets.status,
    })
    .from(pickets)
    .where(and(isNotNull(pickets.proposalConfirmedAt), status ? eq(pickets.status, status) : undefined))
    .orderBy(desc(pickets.startsAt))
    .limit(500);
}

/** One picket for its editor, with its cases; the proposer's contact only here, for organisers. */
export async function picketForOrganisers(id: string) {
  const [row] = await db().select().from(pickets).where(eq(pickets.id, id));
  if (!row) return null;
  const linked = await db().select({ caseId: picketCases.caseId }).from(picketCases).where(eq(picketCases.picketId, id));
  return { ...row, caseIds: linked.map((l) => l.caseId) };
}
