import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { groupCommit, type GroupCommitStats } from '@/db/group-commit';
import { announceInvalidation, listenForInvalidations, onInvalidation } from '@/db/invalidation';
import { petitions, type PetitionRow } from '@/db/schema';
import { currentBlocks } from './blocks';
import { canonicalEmail, emailDomain } from '@/lib/email-address/canonical';
import { parseSignInput, type SignFieldErrors, type SignValues } from './forms';
import { MAX_RESENDS, storeSignatures, type SigningPetition } from './store-signatures';
import { ipHash } from './tokens';

export { MAX_RESENDS };

/** Days a signature may stay unconfirmed after its last confirmation mail. */
export const PENDING_DAYS = 7;

export function isOpenForSigning(petition: Pick<PetitionRow, 'status' | 'opensAt' | 'closesAt'>, now = new Date()): boolean {
  return (
    petition.status === 'open' &&
    (!petition.opensAt || petition.opensAt <= now) &&
    (!petition.closesAt || petition.closesAt > now)
  );
}

// A spike of signatures is thousands of look-ups of the same petition a second; keep each for a
// few seconds. An organiser's change drops it at once in every process (forgetPetition).
const PETITION_TTL_MS = 5_000;
const petitionCache = new Map<string, { value: Promise<SigningPetition | null>; until: number }>();

onInvalidation('petition', (slug) => {
  if (slug === null) petitionCache.clear();
  else petitionCache.delete(slug);
});

/**
 * Drops what every web process keeps of a petition, for signing and for its page: at once in this
 * one, through NOTIFY in the others. Call it after the change committed.
 */
export function forgetPetition(slug?: string): Promise<void> {
  return announceInvalidation('petition', slug ?? null);
}

async function readPetition(slug: string): Promise<SigningPetition | null> {
  const [row] = await db()
    .select({
      id: petitions.id,
      slug: petitions.slug,
      title: petitions.title,
      status: petitions.status,
      opensAt: petitions.opensAt,
      closesAt: petitions.closesAt,
    })
    .from(petitions)
    .where(eq(petitions.slug, slug))
    .limit(1);
  return row ?? null;
}

/** The petition as signing needs it; signatures arriving while it is read share the one read. */
function petitionForSigning(slug: string): Promise<SigningPetition | null> {
  void listenForInvalidations();
  const hit = petitionCache.get(slug);
  if (hit && hit.until > Date.now()) return hit.value;
  if (petitionCache.size > 1000) petitionCache.clear();
  const value = readPetition(slug);
  const entry = { value, until: Date.now() + PETITION_TTL_MS };
  petitionCache.set(slug, entry);
  // A failed read is not kept: the next signature tries again.
  value.catch(() => {
    if (petitionCache.get(slug) === entry) petitionCache.delete(slug);
  });
  return value;
}

export type SignOutcome =
  /** The same answer whether the address is new, has signed before, or was caught by a rule. */
  | { ok: true }
  | { ok: false; error: 'invalid'; errors: SignFieldErrors; values: SignValues }
  | { ok: false; error: 'not_found' }
  | { ok: false; error: 'closed' };

export type SignContext = { ip: string | null };

/** What the visitor typed, as text, to show again next to the errors. */
function echo(raw: unknown): SignValues {
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const values: SignValues = {};
  for (const key of ['name', 'email', 'country', 'city', 'comment'] as const) {
    const v = source[key];
    if (typeof v === 'string') values[key] = v.slice(0, 2000);
  }
  for (const key of ['publicName', 'wantsUpdates'] as const) {
    const v = source[key];
    if (v === true || v === 'on' || v === 'true') values[key] = 'on';
  }
  return values;
}

// Signatures arriving together in this process are written in one transaction (db/group-commit.ts):
// under a wave that is one commit, and one insert, for dozens of them. A lone process keeps two
// batches under way, so one fills while the other's statements travel. Web processes sharing a
// machine (WEB_PROCESSES, set by scripts/web-cluster.ts) overlap their batches already: a second
// each would only halve every batch and double the transactions — with two processes on two cores,
// 11 signatures a commit instead of 15 at 64 clients and 0.1–0.3 ms more CPU per signature in the
// web processes and PostgreSQL (bench/README.md) — so each keeps one.
const sharingTheMachine = Number(process.env.WEB_PROCESSES ?? 1) > 1;
const signing = groupCommit({ write: storeSignatures, maxBatch: 64, maxInFlight: sharingTheMachine ? 1 : 2 });

/** How many transactions signing has used so far in this process, and for how many signatures. */
export function signingStats(): GroupCommitStats {
  return signing.stats();
}

/**
 * Signs a petition: stores a pending signature and sends the confirmation mail. Signing again with
 * the same (canonical) address resends the confirmation instead, at most MAX_RESENDS times; a
 * withdrawn or expired signature is opened again. The answer never tells which of these happened,
 * and comes once the signature is committed.
 */
export async function signPetition(slug: string, raw: unknown, context: SignContext): Promise<SignOutcome> {
  const parsed = parseSignInput(raw);
  if (!parsed.ok) return { ok: false, error: 'invalid', errors: parsed.errors, values: echo(raw) };
  const petition = await petitionForSigning(slug);
  if (!petition || petition.status === 'draft') return { ok: false, error: 'not_found' };
  if (!isOpenForSigning(petition)) return { ok: false, error: 'closed' };

  const input = parsed.input;
  const canonical = canonicalEmail(input.email);
  const domain = emailDomain(canonical);
  const blocks = await currentBlocks();
  await signing.submit({
    petition,
    canonical,
    domain,
    details: {
      name: input.name,
      email: input.email,
      country: input.country,
      city: input.city ?? null,
      comment: input.comment ?? null,
      publicName: input.publicName,
      wantsUpdates: input.wantsUpdates,
      locale: input.locale,
      ipHash: context.ip ? ipHash(context.ip) : null,
    },
    honeypotFilled: input.website.trim() !== '',
    domainBlocked: blocks.domainBlocked(domain),
    ipBlocked: blocks.ipBlocked(context.ip),
  });
  return { ok: true };
}
