import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { cases, embassies, petitions, picketCases, pickets, type PicketRow } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { sendProposalConfirmation } from './mail';
import { echo, parseProposal, type PicketFieldErrors, type PicketInput, type PicketValues } from './forms';
import { withPlaceDefaults } from './place-defaults';
import { isWellFormedToken, picketToken, tokenHash } from './tokens';

export type ProposeOutcome = { ok: true; id: string } | { ok: false; errors: PicketFieldErrors; values: PicketValues };

/**
 * Checks the choices a form offers against the database (an embassy, a petition, cases): a forged
 * id is a field error, not a 500. An embassy fills in the place where the form left it empty.
 */
export async function resolveReferences(
  tx: Tx,
  input: PicketInput,
): Promise<{ ok: true; place: Pick<PicketRow, 'lat' | 'lon'> } | { ok: false; errors: PicketFieldErrors }> {
  const errors: PicketFieldErrors = {};
  let place: Pick<PicketRow, 'lat' | 'lon'> = { lat: input.lat ?? null, lon: input.lon ?? null };
  if (input.embassyId) {
    const [embassy] = await tx.select().from(embassies).where(eq(embassies.id, input.embassyId));
    if (!embassy) errors.embassyId = ['unknownChoice'];
    else if (place.lat === null) place = { lat: embassy.lat, lon: embassy.lon };
  }
  if (input.petitionId) {
    const [petition] = await tx.select({ id: petitions.id }).from(petitions).where(and(eq(petitions.id, input.petitionId), inArray(petitions.status, ['open', 'closed', 'delivered'])));
    if (!petition) errors.petitionId = ['unknownChoice'];
  }
  if (input.caseIds.length > 0) {
    const found = await tx.select({ id: cases.id }).from(cases).where(and(inArray(cases.id, input.caseIds), eq(cases.published, true)));
    if (found.length !== new Set(input.caseIds).size) errors.caseIds = ['unknownChoice'];
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, place };
}

export function picketColumns(input: PicketInput, place: Pick<PicketRow, 'lat' | 'lon'>) {
  return {
    title: input.title,
    description: input.description,
    whatToBring: input.whatToBring ?? null,
    accessibility: input.accessibility ?? null,
    country: input.country,
    city: input.city,
    venue: input.venue,
    address: input.address,
    embassyId: input.embassyId ?? null,
    lat: place.lat,
    lon: place.lon,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    capacity: input.capacity ?? null,
    petitionId: input.petitionId ?? null,
  };
}

/**
 * Anyone may propose a picket: it is stored as proposed and unconfirmed, and the proposer gets a
 * link to confirm their address. Nothing of it is public until an organiser approves it.
 */
export async function proposePicket(posted: Record<string, unknown>, now = () => new Date()): Promise<ProposeOutcome> {
  const raw = await withPlaceDefaults(db(), posted);
  const parsed = parseProposal(raw, now);
  if (!parsed.ok) return parsed;
  const input = parsed.input;
  const id = randomUUID();
  // A filled honeypot is a bot: the same answer as for a person, and nothing stored or sent.
  if (input.website.trim() !== '') return { ok: true, id };
  return db().transaction(async (tx) => {
    const refs = await resolveReferences(tx, input);
    if (!refs.ok) return { ok: false, errors: refs.errors, values: echo(raw) };
    const [row] = await tx
      .insert(pickets)
      .values({
        id,
        ...picketColumns(input, refs.place),
        organiserName: input.organiserName,
        organiserEmail: input.organiserEmail,
        locale: input.locale,
        proposalTokenHash: tokenHash(picketToken('proposal', id)),
      })
      .returning();
    if (input.caseIds.length > 0) await tx.insert(picketCases).values([...new Set(input.caseIds)].map((caseId) => ({ picketId: id, caseId })));
    await sendProposalConfirmation(tx, row!);
    return { ok: true, id } as const;
  });
}

export type ProposalLinkOutcome = { status: 'invalid' } | { status: 'confirmed' | 'already'; picket: Pick<PicketRow, 'id' | 'title' | 'status'> };

/** The link in the proposer's mail. Idempotent: a mail scanner's earlier visit leaves it confirmed. */
export async function confirmProposal(token: string, now = new Date()): Promise<ProposalLinkOutcome> {
  if (!isWellFormedToken(token)) return { status: 'invalid' };
  return db().transaction(async (tx) => {
    const [row] = await tx.select().from(pickets).where(eq(pickets.proposalTokenHash, tokenHash(token))).for('update');
    if (!row) return { status: 'invalid' } as const;
    const picket = { id: row.id, title: row.title, status: row.status };
    if (row.proposalConfirmedAt) return { status: 'already', picket } as const;
    await tx.update(pickets).set({ proposalConfirmedAt: now, updatedAt: now }).where(eq(pickets.id, row.id));
    return { status: 'confirmed', picket } as const;
  });
}
