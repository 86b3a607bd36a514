import 'server-only';
import { and, desc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { listenForInvalidations, onInvalidation } from '@/db/invalidation';
import { cases, paperCounts, petitions, signatures, type PetitionRow, type SignatureRow } from '@/db/schema';
import { canonicalEmail } from '@/lib/email-address/canonical';
import { isUuid } from '@/lib/forms/form-input';
import { currentGoal } from './goal';
import { readTally, readTotals, type Tally } from './tally';

export { currentGoal };

/** Petitions the public may see: every one but drafts. */
const visible = ne(petitions.status, 'draft');

export type PetitionSummary = Pick<PetitionRow, 'id' | 'slug' | 'title' | 'summary' | 'target' | 'goal' | 'status' | 'caseId'> & {
  count: number;
};

const summaryColumns = {
  id: petitions.id,
  slug: petitions.slug,
  title: petitions.title,
  summary: petitions.summary,
  target: petitions.target,
  goal: petitions.goal,
  status: petitions.status,
  caseId: petitions.caseId,
};

/** Open petitions first, then closed and delivered ones; each with its public count. */
export async function listPetitions(options: { caseId?: string } = {}): Promise<PetitionSummary[]> {
  const rows = await db()
    .select(summaryColumns)
    .from(petitions)
    .where(and(visible, options.caseId ? eq(petitions.caseId, options.caseId) : undefined))
    .orderBy(sql`${petitions.status} = 'open' desc`, desc(petitions.createdAt), petitions.slug);
  const totals = await readTotals(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, count: totals.get(r.id) ?? 0 }));
}

export type PublicSigner = { firstName: string; country: string; confirmedAt: Date };

/** The first name alone: "first name and country" is all a public signer shows. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

export async function recentPublicSigners(petitionId: string, limit = 10): Promise<PublicSigner[]> {
  const rows = await db()
    .select({ name: signatures.name, country: signatures.country, confirmedAt: signatures.confirmedAt })
    .from(signatures)
    .where(
      and(
        eq(signatures.petitionId, petitionId),
        eq(signatures.status, 'confirmed'),
        eq(signatures.flagged, false),
        eq(signatures.publicName, true),
      ),
    )
    .orderBy(desc(signatures.confirmedAt))
    .limit(limit);
  return rows.map((r) => ({ firstName: firstName(r.name), country: r.country, confirmedAt: r.confirmedAt! }));
}

export async function paperTotal(petitionId: string): Promise<number> {
  const [row] = await db()
    .select({ n: sql<number>`coalesce(sum(${paperCounts.count}), 0)::int` })
    .from(paperCounts)
    .where(eq(paperCounts.petitionId, petitionId));
  return row?.n ?? 0;
}

export type PetitionPage = {
  petition: PetitionRow;
  person: { slug: string; name: PetitionRow['title']; photoPath: string | null; photoConsent: string } | null;
  tally: Tally;
  paper: number;
  signers: PublicSigner[];
};

export async function getPetitionPage(slug: string): Promise<PetitionPage | null> {
  const [row] = await db()
    .select({
      petition: petitions,
      person: { slug: cases.slug, name: cases.name, photoPath: cases.photoPath, photoConsent: cases.photoConsent, published: cases.published },
    })
    .from(petitions)
    .leftJoin(cases, eq(petitions.caseId, cases.id))
    .where(and(eq(petitions.slug, slug), visible))
    .limit(1);
  if (!row) return null;
  const [tally, paper, signers] = await Promise.all([
    readTally(row.petition.id),
    paperTotal(row.petition.id),
    recentPublicSigners(row.petition.id),
  ]);
  const person = row.person?.published ? { slug: row.person.slug, name: row.person.name, photoPath: row.person.photoPath, photoConsent: row.person.photoConsent } : null;
  return { petition: row.petition, person, tally, paper, signers };
}

// A petition in the news is read thousands of times a second; its page, widget and JSON share one
// read per second per process. The count stays well within the promised 5 seconds.
const PAGE_TTL_MS = 1_000;
const pageCache = new Map<string, { value: Promise<PetitionPage | null>; until: number }>();

// An organiser's change (opening a draft, say) drops the shared read at once in every process
// (forgetPetition in signing.ts announces it).
onInvalidation('petition', (slug) => {
  if (slug === null) pageCache.clear();
  else pageCache.delete(slug);
});

/** getPetitionPage, shared for up to a second between requests of this process. */
export function recentPetitionPage(slug: string): Promise<PetitionPage | null> {
  void listenForInvalidations();
  const now = Date.now();
  const hit = pageCache.get(slug);
  if (hit && hit.until > now) return hit.value;
  if (pageCache.size > 1000) pageCache.clear();
  const value = getPetitionPage(slug);
  pageCache.set(slug, { value, until: now + PAGE_TTL_MS });
  // A failed read is not kept: the next request tries again.
  value.catch(() => pageCache.delete(slug));
  return value;
}

/** What the public JSON endpoint says about a petition: counts, never emails or addresses. */
export async function petitionCounts(slug: string) {
  const page = await recentPetitionPage(slug);
  if (!page) return null;
  const { petition, tally, paper } = page;
  return {
    slug: petition.slug,
    status: petition.status,
    title: petition.title,
    target: petition.target,
    goal: currentGoal(petition.goal, tally.total),
    signatures: tally.total,
    paperSignatures: paper,
    byCountry: tally.byCountry,
    opensAt: petition.opensAt?.toISOString() ?? null,
    closesAt: petition.closesAt?.toISOString() ?? null,
    deliveredAt: petition.deliveredAt?.toISOString() ?? null,
  };
}

/** What a cached petition page refreshes itself with: the count, the table, the recent public signers. */
export type LiveCount = {
  count: number;
  goal: number;
  /** The goal shown beside the count (lib/petitions/goal.ts), so a page's script needs no rule of its own. */
  target: number;
  byCountry: Tally['byCountry'];
  /** Only those who chose to be shown, and only their first name and country. */
  signers: { firstName: string; country: string }[];
};

export function liveCount(page: Pick<PetitionPage, 'petition' | 'tally' | 'signers'>): LiveCount {
  return {
    count: page.tally.total,
    goal: page.petition.goal,
    target: currentGoal(page.petition.goal, page.tally.total),
    byCountry: page.tally.byCountry,
    signers: page.signers.map((s) => ({ firstName: s.firstName, country: s.country })),
  };
}

export async function petitionLiveCount(slug: string): Promise<LiveCount | null> {
  const page = await recentPetitionPage(slug);
  return page ? liveCount(page) : null;
}

// Reads for the dashboard: drafts and pending signatures too.
export type SignatureSearch = {
  petitionId: string;
  email?: string | null;
  domain?: string | null;
  ipHash?: string | null;
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
  status?: SignatureRow['status'] | null;
  flagged?: boolean | null;
  limit?: number;
};

/** Signatures for organisers, newest first: by address (any spelling of it), domain, IP hash, time. */
export async function searchSignatures(search: SignatureSearch): Promise<SignatureRow[]> {
  const filters: SQL[] = [eq(signatures.petitionId, search.petitionId)];
  if (search.email) filters.push(eq(signatures.canonicalEmail, canonicalEmail(search.email)));
  if (search.domain) filters.push(eq(signatures.emailDomain, search.domain.trim().toLowerCase().replace(/^@/, '')));
  if (search.ipHash) filters.push(eq(signatures.ipHash, search.ipHash.trim()));
  if (search.from) filters.push(gte(signatures.createdAt, search.from));
  if (search.to) filters.push(lt(signatures.createdAt, search.to));
  if (search.status) filters.push(eq(signatures.status, search.status));
  if (search.flagged !== undefined && search.flagged !== null) filters.push(eq(signatures.flagged, search.flagged));
  return db()
    .select()
    .from(signatures)
    .where(and(...filters))
    .orderBy(desc(signatures.createdAt))
    .limit(Math.min(search.limit ?? 200, 1000));
}

export function listPaperCounts(petitionId: string) {
  return db().select().from(paperCounts).where(eq(paperCounts.petitionId, petitionId)).orderBy(desc(paperCounts.createdAt));
}

export type OrganiserPetition = PetitionRow & { count: number; paper: number; pending: number; flaggedSignatures: number };

/** Every petition, drafts too, with its counts and flags, newest first. */
export async function listPetitionsForOrganisers(): Promise<OrganiserPetition[]> {
  // Counted from the rows, not the tallies: organisers see what is there, pending and flagged too.
  const rows = await db()
    .select({
      petition: petitions,
      count: sql<number>`(select count(*) from signatures s where s.petition_id = petitions.id and s.status = 'confirmed' and not s.flagged)::int`,
      pending: sql<number>`(select count(*) from signatures s where s.petition_id = petitions.id and s.status = 'pending')::int`,
      flaggedSignatures: sql<number>`(select count(*) from signatures s where s.petition_id = petitions.id and s.flagged)::int`,
      paper: sql<number>`(select coalesce(sum(p.count), 0) from paper_counts p where p.petition_id = petitions.id)::int`,
    })
    .from(petitions)
    .orderBy(desc(petitions.createdAt));
  return rows.map((r) => ({ ...r.petition, count: r.count, paper: r.paper, pending: r.pending, flaggedSignatures: r.flaggedSignatures }));
}

export async function petitionForOrganisers(id: string): Promise<PetitionRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db().select().from(petitions).where(eq(petitions.id, id));
  return row ?? null;
}

export function flaggedPetitions() {
  return db().select().from(petitions).where(sql`${petitions.flaggedAt} is not null`).orderBy(desc(petitions.flaggedAt));
}
