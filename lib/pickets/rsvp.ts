import { pagesChangedAfterResponse } from '@/lib/cache/tags';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { picketRsvps, pickets, type PicketRow, type RsvpRow } from '@/db/schema';
import { canonicalEmail } from '@/lib/email-address/canonical';
import type { Tx } from '@/db/tx';
import { rsvpSchema, type RsvpFieldErrors } from './forms';
import { sendRegistered, sendRsvpConfirmRequest } from './mail';
import { rsvpRefusal } from './status';
import { isWellFormedToken, picketToken, tokenHash } from './tokens';

/** Confirmation mails after the first that answering again may trigger. */
export const MAX_RSVP_RESENDS = 3;


export type RsvpOutcome =
  | { ok: true }
  | { ok: false; error: 'invalid'; errors: RsvpFieldErrors; values: { name?: string; email?: string } }
  | { ok: false; error: 'cancelled' | 'past' | 'not_found' };

type LockedPicket = PicketRow;

async function lockPicket(tx: Tx, id: string): Promise<LockedPicket | null> {
  const [row] = await tx.select().from(pickets).where(eq(pickets.id, id)).for('update');
  return row ?? null;
}

/**
 * Registers someone for a picket without an account: a pending RSVP and a mail to confirm it.
 * Answering again with the same address resends the confirmation (a few times) and says the same.
 */
export async function rsvpToPicket(picketId: string, raw: Record<string, unknown>, now = new Date()): Promise<RsvpOutcome> {
  const parsed = rsvpSchema.safeParse(raw);
  if (!parsed.success) {
    const values = { name: typeof raw.name === 'string' ? raw.name.slice(0, 400) : undefined, email: typeof raw.email === 'string' ? raw.email.slice(0, 508) : undefined };
    return { ok: false, error: 'invalid', errors: z.flattenError(parsed.error).fieldErrors as RsvpFieldErrors, values };
  }
  const input = parsed.data;
  if (input.website.trim() !== '') return { ok: true };
  return db().transaction(async (tx) => {
    const picket = await lockPicket(tx, picketId);
    if (!picket) return { ok: false, error: 'not_found' } as const;
    const refusal = rsvpRefusal(picket, now);
    if (refusal) return { ok: false, error: refusal } as const;
    const id = randomUUID();
    const canonical = canonicalEmail(input.email);
    const inserted = await tx
      .insert(picketRsvps)
      .values({
        id,
        picketId,
        name: input.name ?? null,
        email: input.email,
        canonicalEmail: canonical,
        locale: input.locale,
        confirmTokenHash: tokenHash(picketToken('rsvp-confirm', id)),
        cancelTokenHash: tokenHash(picketToken('rsvp-cancel', id)),
      })
      .onConflictDoNothing({ target: [picketRsvps.picketId, picketRsvps.canonicalEmail] })
      .returning();
    if (inserted[0]) {
      await sendRsvpConfirmRequest(tx, picket, inserted[0], 0);
      return { ok: true } as const;
    }
    const [existing] = await tx
      .select()
      .from(picketRsvps)
      .where(and(eq(picketRsvps.picketId, picketId), eq(picketRsvps.canonicalEmail, canonical)))
      .for('update');
    if (!existing || existing.resendCount >= MAX_RSVP_RESENDS) return { ok: true } as const;
    const attempt = existing.resendCount + 1;
    // Someone who cancelled and answers again starts over; nobody else's registration changes.
    const reopen = existing.status === 'cancelled';
    const [row] = await tx
      .update(picketRsvps)
      .set({ resendCount: attempt, ...(reopen ? { status: 'pending' as const, name: input.name ?? null, locale: input.locale, cancelledAt: null, confirmedAt: null } : {}) })
      .where(eq(picketRsvps.id, existing.id))
      .returning();
    if (row!.status === 'pending') await sendRsvpConfirmRequest(tx, picket, row!, attempt);
    return { ok: true } as const;
  });
}

async function confirmedCount(tx: Tx, picketId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(picketRsvps)
    .where(and(eq(picketRsvps.picketId, picketId), eq(picketRsvps.status, 'confirmed')));
  return row?.n ?? 0;
}

export type RsvpLinkOutcome =
  | { status: 'invalid' }
  | { status: RsvpRow['status'] | 'refused'; picket: ReturnType<typeof brief>; refusal?: 'cancelled' | 'past' | 'not_found' };

async function findByToken(tx: Tx, column: typeof picketRsvps.confirmTokenHash | typeof picketRsvps.cancelTokenHash, token: string) {
  if (!isWellFormedToken(token)) return null;
  const [found] = await tx.select({ rsvp: picketRsvps }).from(picketRsvps).where(eq(column, tokenHash(token)));
  if (!found) return null;
  // Lock the picket first, then the RSVP: every path that counts places takes them in this order.
  const picket = await lockPicket(tx, found.rsvp.picketId);
  const [rsvp] = await tx.select().from(picketRsvps).where(eq(picketRsvps.id, found.rsvp.id)).for('update');
  return picket && rsvp ? { picket, rsvp } : null;
}

/** What the RSVP pages show of the picket: public columns only, with when and where for the attendee's plans. */
const brief = (p: PicketRow) => ({
  id: p.id,
  title: p.title,
  status: p.status,
  startsAt: p.startsAt,
  endsAt: p.endsAt,
  timeZone: p.timeZone,
  venue: p.venue,
  address: p.address,
  city: p.city,
  country: p.country,
});

/**
 * The link in the RSVP mail. Confirms, or puts on the waiting list when the picket is full.
 * Idempotent: a second visit (or a mail scanner's first) finds it as it was left.
 */
export async function confirmRsvp(token: string, now = new Date()): Promise<RsvpLinkOutcome> {
  const outcome = await db().transaction(async (tx): Promise<RsvpLinkOutcome> => {
    const found = await findByToken(tx, picketRsvps.confirmTokenHash, token);
    if (!found) return { status: 'invalid' } as const;
    const { picket, rsvp } = found;
    if (rsvp.status !== 'pending') return { status: rsvp.status, picket: brief(picket) };
    const refusal = rsvpRefusal(picket, now);
    if (refusal) return { status: 'refused', picket: brief(picket), refusal };
    const full = picket.capacity !== null && (await confirmedCount(tx, picket.id)) >= picket.capacity;
    const status = full ? ('waitlisted' as const) : ('confirmed' as const);
    await tx.update(picketRsvps).set({ status, confirmedAt: now }).where(eq(picketRsvps.id, rsvp.id));
    await sendRegistered(tx, picket, rsvp, full);
    return { status, picket: brief(picket) };
  });
  // The picket's page shows how many are coming; this runs while the confirmation page renders.
  if (outcome.status === 'confirmed' || outcome.status === 'waitlisted') pagesChangedAfterResponse('pickets');
  return outcome;
}

/** What a cancel link names, for the page whose button cancels. Changes nothing. */
export async function rsvpForCancel(token: string): Promise<RsvpLinkOutcome> {
  if (!isWellFormedToken(token)) return { status: 'invalid' };
  const [found] = await db()
    .select({ rsvp: picketRsvps, picket: pickets })
    .from(picketRsvps)
    .innerJoin(pickets, eq(picketRsvps.picketId, pickets.id))
    .where(eq(picketRsvps.cancelTokenHash, tokenHash(token)));
  return found ? { status: found.rsvp.status, picket: brief(found.picket) } : { status: 'invalid' };
}

/** Cancels a registration (POST only); a freed place goes to the first on the waiting list. Idempotent. */
export async function cancelRsvp(token: string, now = new Date()): Promise<RsvpLinkOutcome> {
  const outcome = await db().transaction(async (tx): Promise<RsvpLinkOutcome> => {
    const found = await findByToken(tx, picketRsvps.cancelTokenHash, token);
    if (!found) return { status: 'invalid' } as const;
    const { picket, rsvp } = found;
    if (rsvp.status !== 'cancelled') {
      await tx.update(picketRsvps).set({ status: 'cancelled', cancelledAt: now }).where(eq(picketRsvps.id, rsvp.id));
      if (rsvp.status === 'confirmed') await promoteFromWaitingList(tx, picket);
    }
    return { status: 'cancelled', picket: brief(picket) };
  });
  if (outcome.status === 'cancelled') pagesChangedAfterResponse('pickets');
  return outcome;
}

/** Fills free places from the waiting list, first come first served; each promoted person is told. */
export async function promoteFromWaitingList(tx: Tx, picket: PicketRow): Promise<number> {
  if (picket.status !== 'approved') return 0;
  const free = picket.capacity === null ? Number.MAX_SAFE_INTEGER : picket.capacity - (await confirmedCount(tx, picket.id));
  if (free <= 0) return 0;
  const waiting = await tx
    .select()
    .from(picketRsvps)
    .where(and(eq(picketRsvps.picketId, picket.id), eq(picketRsvps.status, 'waitlisted')))
    .orderBy(asc(picketRsvps.confirmedAt), asc(picketRsvps.id))
    .limit(Math.min(free, 10_000));
  for (const rsvp of waiting) {
    await tx.update(picketRsvps).set({ status: 'confirmed' }).where(eq(picketRsvps.id, rsvp.id));
    await sendRegistered(tx, picket, rsvp, false);
  }
  return waiting.length;
}

/** The public figure: confirmed attendees and the length of the waiting list; never names. */
export async function attendance(picketId: string): Promise<{ attending: number; waiting: number }> {
  const rows = await db()
    .select({ status: picketRsvps.status, n: sql<number>`count(*)::int` })
    .from(picketRsvps)
    .where(eq(picketRsvps.picketId, picketId))
    .groupBy(picketRsvps.status);
  const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return { attending: of('confirmed'), waiting: of('waitlisted') };
}
