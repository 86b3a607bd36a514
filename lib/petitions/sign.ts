import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { announceInvalidation, listenForInvalidations, onInvalidation } from '@/db/invalidation';
import { petitions, signatures, type PetitionRow, type SignatureRow } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { env } from '@/lib/env';
import { judgeSignature, isPublicProvider } from './abuse';
import { currentBlocks } from './blocks';
import { canonicalEmail, emailDomain } from '@/lib/email-address/canonical';
import { mailFor, sendConfirmSignatureMail, sendSignatureConfirmedMail } from './mail';
import { parseSignInput, type SignFieldErrors, type SignValues } from './forms';
import { ipHash, signatureToken, tokenHash } from './tokens';

/** Confirmation mails after the first that signing again may trigger. */
export const MAX_RESENDS = 5;
/** Days a signature may stay unconfirmed after its last confirmation mail. */
export const PENDING_DAYS = 7;

type SigningPetition = Pick<PetitionRow, 'id' | 'slug' | 'title' | 'status' | 'opensAt' | 'closesAt'>;

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

/** How many signatures this petition got in the past hour from one source, counting no further than `limit`. */
async function recentFrom(petitionId: string, ipHashValue: string | null, domain: string, limit: { ip: number; domain: number }) {
  const checkDomain = !isPublicProvider(domain);
  if (!ipHashValue && !checkDomain) return { fromIp: 0, fromDomain: 0 };
  // Both counts in one statement, prepared once per connection (it runs for every signature).
  const [row] = await db()
    .select({
      fromIp: sql<number>`(select count(*) from (
         select 1 from ${signatures}
         where ${ipHashValue !== null} and ${signatures.ipHash} = ${ipHashValue ?? ''}
           and ${signatures.createdAt} > now() - interval '1 hour' and ${signatures.petitionId} = ${petitionId}
         limit ${limit.ip}) s)::int`,
      fromDomain: sql<number>`(select count(*) from (
         select 1 from ${signatures}
         where ${checkDomain} and ${signatures.emailDomain} = ${domain}
           and ${signatures.createdAt} > now() - interval '1 hour' and ${signatures.petitionId} = ${petitionId}
         limit ${limit.domain}) s)::int`,
    })
    .from(petitions)
    .where(eq(petitions.id, petitionId))
    .prepare('signing_recent_from_source')
    .execute();
  return { fromIp: row?.fromIp ?? 0, fromDomain: row?.fromDomain ?? 0 };
}

/**
 * Signs a petition: stores a pending signature and sends the confirmation mail. Signing again with
 * the same (canonical) address resends the confirmation instead, at most MAX_RESENDS times; a
 * withdrawn or expired signature is opened again. The answer never tells which of these happened.
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
  const ipHashValue = context.ip ? ipHash(context.ip) : null;
  const config = env();
  const limits = { perIp: config.SIGN_LIMIT_PER_IP, perDomain: config.SIGN_LIMIT_PER_DOMAIN };
  const [blocks, recent] = await Promise.all([
    currentBlocks(),
    recentFrom(petition.id, ipHashValue, domain, { ip: limits.perIp, domain: limits.perDomain }),
  ]);
  const verdict = judgeSignature(
    {
      honeypotFilled: input.website.trim() !== '',
      domain,
      domainBlocked: blocks.domainBlocked(domain),
      ipBlocked: blocks.ipBlocked(context.ip),
      fromIpLastHour: recent.fromIp,
      fromDomainLastHour: recent.fromDomain,
    },
    limits,
  );
  if (verdict.action === 'discard') return { ok: true };

  const id = randomUUID();
  const details = {
    name: input.name,
    email: input.email,
    country: input.country,
    city: input.city ?? null,
    comment: input.comment ?? null,
    publicName: input.publicName,
    wantsUpdates: input.wantsUpdates,
    locale: input.locale,
    flagged: verdict.flagReason !== null,
    flagReason: verdict.flagReason,
    ipHash: ipHashValue,
  };
  await db().transaction(async (tx) => {
    const inserted = await tx
      .insert(signatures)
      .values({
        id,
        petitionId: petition.id,
        canonicalEmail: canonical,
        emailDomain: domain,
        confirmTokenHash: tokenHash(signatureToken('confirm', id)),
        withdrawTokenHash: tokenHash(signatureToken('withdraw', id)),
        ...details,
      })
      .onConflictDoNothing({ target: [signatures.petitionId, signatures.canonicalEmail] })
      .returning({ id: signatures.id })
      .prepare('signing_insert_signature')
      .execute();
    if (inserted.length > 0) {
      if (verdict.sendMail) await sendConfirmSignatureMail(tx, mailFor({ id, ...details }, petition), 0);
      return;
    }
    await signAgain(tx, petition, canonical, details, verdict.sendMail);
  });
  return { ok: true };
}

async function signAgain(
  tx: Tx,
  petition: SigningPetition,
  canonical: string,
  details: Omit<SignatureRow, 'id' | 'petitionId' | 'canonicalEmail' | 'emailDomain' | 'status' | 'confirmTokenHash' | 'withdrawTokenHash' | 'resendCount' | 'createdAt' | 'lastSentAt' | 'confirmedAt' | 'withdrawnAt' | 'expiredAt'>,
  sendMail: boolean,
): Promise<void> {
  const [existing] = await tx
    .select()
    .from(signatures)
    .where(and(eq(signatures.petitionId, petition.id), eq(signatures.canonicalEmail, canonical), lt(signatures.resendCount, MAX_RESENDS)))
    .for('update');
  if (!existing) return; // resent often enough already; say nothing different
  const reopen = existing.status === 'withdrawn' || existing.status === 'expired';
  const [row] = await tx
    .update(signatures)
    .set({
      resendCount: existing.resendCount + 1,
      lastSentAt: new Date(),
      // Only a signature that no longer stands takes the new details: nobody can change the
      // name on someone else's signature by signing with their address.
      ...(reopen ? { ...details, status: 'pending' as const, withdrawnAt: null, expiredAt: null, confirmedAt: null } : {}),
    })
    .where(eq(signatures.id, existing.id))
    .returning();
  const stillBlocked = row!.flagReason === 'blocked_domain' || row!.flagReason === 'blocked_ip';
  if (!sendMail || stillBlocked) return;
  // A signature that already counts gets "you have already signed" (with the withdrawal link)
  // rather than a confirmation it does not need; the page says the same either way.
  if (row!.status === 'confirmed') await sendSignatureConfirmedMail(tx, mailFor(row!, petition), row!.resendCount);
  else await sendConfirmSignatureMail(tx, mailFor(row!, petition), row!.resendCount);
}
