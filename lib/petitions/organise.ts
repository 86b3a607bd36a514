import { and, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { paperCounts, petitions, signatures, type PetitionRow, type SignatureRow } from '@/db/schema';
import { canonicalEmail } from './canonical-email';
import { isCountryCode } from './countries';
import { forgetPetition } from './signing';
import { addToTally, isCounted } from './tally';

// What organisers do with petitions. The dashboard (organisers issue) will call these; until then
// they are plain functions with tests.

const localized = z.object({ en: z.string().trim().min(1), ru: z.string().trim().optional(), kk: z.string().trim().optional() });

export const petitionSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
  caseId: z.uuid().nullable().default(null),
  target: localized,
  title: localized,
  summary: localized,
  body: localized,
  goal: z.number().int().positive(),
  opensAt: z.date().nullable().default(null),
  closesAt: z.date().nullable().default(null),
});
export type PetitionInput = z.input<typeof petitionSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export async function createPetition(input: PetitionInput): Promise<Result<PetitionRow>> {
  const parsed = petitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const [row] = await db().insert(petitions).values(parsed.data).onConflictDoNothing({ target: petitions.slug }).returning();
  return row ? { ok: true, value: row } : { ok: false, error: 'slug_taken' };
}

export async function updatePetition(id: string, input: Partial<PetitionInput>): Promise<Result<PetitionRow>> {
  const parsed = petitionSchema.partial().safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const [row] = await db()
    .update(petitions)
    .set({ ...parsed.data, updatedAt: new Date() })
    .where(eq(petitions.id, id))
    .returning();
  if (!row) return { ok: false, error: 'not_found' };
  forgetPetition(row.slug);
  return { ok: true, value: row };
}

/** Status changes organisers may make: a delivered petition is final. */
const NEXT: Record<PetitionRow['status'], PetitionRow['status'][]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'delivered'],
  delivered: [],
};

async function moveTo(id: string, status: PetitionRow['status'], extra: Partial<PetitionRow> = {}): Promise<Result<PetitionRow>> {
  const [current] = await db().select().from(petitions).where(eq(petitions.id, id));
  if (!current) return { ok: false, error: 'not_found' };
  if (!NEXT[current.status].includes(status)) return { ok: false, error: `cannot_${status}_when_${current.status}` };
  const [row] = await db()
    .update(petitions)
    .set({ status, updatedAt: new Date(), ...extra })
    .where(and(eq(petitions.id, id), eq(petitions.status, current.status)))
    .returning();
  if (!row) return { ok: false, error: 'changed_meanwhile' };
  forgetPetition(row.slug);
  return { ok: true, value: row };
}

export function openPetition(id: string, now = new Date()) {
  return moveTo(id, 'open', { opensAt: now });
}

export function closePetition(id: string, now = new Date()) {
  return moveTo(id, 'closed', { closesAt: now });
}

export async function markDelivered(id: string, delivery: { to: string; on: Date; count: number; note?: string }) {
  if (!delivery.to.trim() || !Number.isInteger(delivery.count) || delivery.count < 0) return { ok: false as const, error: 'invalid' };
  return moveTo(id, 'delivered', {
    deliveredAt: delivery.on,
    deliveredTo: delivery.to.trim(),
    deliveredCount: delivery.count,
    deliveryNote: delivery.note?.trim() || null,
  });
}

export type SignatureSearch = {
  petitionId: string;
  email?: string;
  domain?: string;
  ipHash?: string;
  from?: Date;
  to?: Date;
  status?: SignatureRow['status'];
  flagged?: boolean;
  limit?: number;
};

/** Signatures for organisers, newest first: by address (any spelling of it), domain, IP hash, time. */
export async function searchSignatures(search: SignatureSearch): Promise<SignatureRow[]> {
  const filters: SQL[] = [eq(signatures.petitionId, search.petitionId)];
  if (search.email) filters.push(eq(signatures.canonicalEmail, canonicalEmail(search.email)));
  if (search.domain) filters.push(eq(signatures.emailDomain, search.domain.trim().toLowerCase()));
  if (search.ipHash) filters.push(eq(signatures.ipHash, search.ipHash));
  if (search.from) filters.push(gte(signatures.createdAt, search.from));
  if (search.to) filters.push(lte(signatures.createdAt, search.to));
  if (search.status) filters.push(eq(signatures.status, search.status));
  if (search.flagged !== undefined) filters.push(eq(signatures.flagged, search.flagged));
  return db()
    .select()
    .from(signatures)
    .where(and(...filters))
    .orderBy(desc(signatures.createdAt))
    .limit(Math.min(search.limit ?? 100, 1000));
}

/** Flags signatures so they no longer count (a bot wave found after the fact). Returns how many changed. */
export async function invalidateSignatures(ids: string[], reason = 'invalidated'): Promise<number> {
  if (ids.length === 0) return 0;
  return db().transaction(async (tx) => {
    const rows = await tx
      .select({ id: signatures.id, petitionId: signatures.petitionId, country: signatures.country, status: signatures.status, flagged: signatures.flagged })
      .from(signatures)
      .where(and(inArray(signatures.id, ids), eq(signatures.flagged, false)))
      .for('update');
    if (rows.length === 0) return 0;
    await tx
      .update(signatures)
      .set({ flagged: true, flagReason: reason })
      .where(inArray(signatures.id, rows.map((r) => r.id)));
    for (const r of rows) if (isCounted(r)) await addToTally(tx, r.petitionId, r.country, -1);
    return rows.length;
  });
}

/** Paper signatures from one sheet (or a bundle of sheets) gathered at a picket. */
export async function addPaperCount(petitionId: string, entry: { count: number; country?: string; place?: string; collectedOn?: Date; note?: string }) {
  if (!Number.isInteger(entry.count) || entry.count <= 0 || entry.count > 100_000) return { ok: false as const, error: 'invalid' };
  if (entry.country && !isCountryCode(entry.country)) return { ok: false as const, error: 'invalid' };
  const [row] = await db()
    .insert(paperCounts)
    .values({ petitionId, count: entry.count, country: entry.country, place: entry.place, collectedOn: entry.collectedOn, note: entry.note })
    .returning();
  return { ok: true as const, value: row! };
}

export function flaggedPetitions() {
  return db().select().from(petitions).where(sql`${petitions.flaggedAt} is not null`).orderBy(desc(petitions.flaggedAt));
}
