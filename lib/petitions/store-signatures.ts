import { randomUUID } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { signatures, type PetitionRow, type SignatureRow } from '@/db/schema';
import { runPrepared, type Tx } from '@/db/tx';
import { env } from '@/lib/env';
import { judgeSignature } from './abuse';
import { mailFor, sendConfirmSignatureMail, sendFirstConfirmSignatureMails, sendSignatureConfirmedMail, type SignatureMail } from './mail';
import { recentFromSources } from './source-counts';
import { signatureToken, tokenHash } from './tokens';

// Writing signatures that arrive together, in the transaction of one group commit (see sign.ts):
// the abuse counts of all of them in one statement, the new ones in one insert, their confirmation
// mails and jobs in two more. Each signature is judged and written exactly as it would be alone,
// in the order they arrived; the rare one whose address has signed before takes the path of a
// second signing, one statement after another.

/** Confirmation mails after the first that signing again may trigger. */
export const MAX_RESENDS = 5;

export type SigningPetition = Pick<PetitionRow, 'id' | 'slug' | 'title' | 'status' | 'opensAt' | 'closesAt'>;

/** What a signer gives that a signature keeps (a reopened signature takes it anew). */
export type SignatureDetails = Pick<
  SignatureRow,
  'name' | 'email' | 'country' | 'city' | 'comment' | 'publicName' | 'wantsUpdates' | 'locale' | 'ipHash'
>;

/** A valid submission to an open petition, with what the abuse rules need that is known before any count. */
export type SignatureRequest = {
  petition: SigningPetition;
  canonical: string;
  domain: string;
  details: SignatureDetails;
  honeypotFilled: boolean;
  domainBlocked: boolean;
  ipBlocked: boolean;
};

/** What became of a request; the signer is told the same in every case. */
export type StoreOutcome = 'stored' | 'signed_again' | 'discarded';

/** Stores signatures in `tx`, one outcome per request, in their order. */
export async function storeSignatures(tx: Tx, requests: SignatureRequest[]): Promise<StoreOutcome[]> {
  const config = env();
  const limits = { perIp: config.SIGN_LIMIT_PER_IP, perDomain: config.SIGN_LIMIT_PER_DOMAIN };
  const recent = await recentFromSources(
    tx,
    requests.map((r) => ({ petitionId: r.petition.id, ipHash: r.details.ipHash, domain: r.domain })),
    { ip: limits.perIp, domain: limits.perDomain },
  );

  // Judged in order of arrival, each counting the ones before it in this batch from the same
  // source, as if they had been written one after another.
  const earlier = new Map<string, number>();
  const sameSource = (key: string) => earlier.get(key) ?? 0;
  const verdicts = requests.map((r, i) => {
    const ipKey = `${r.petition.id} ip ${r.details.ipHash}`;
    const domainKey = `${r.petition.id} domain ${r.domain}`;
    const verdict = judgeSignature(
      {
        honeypotFilled: r.honeypotFilled,
        domain: r.domain,
        domainBlocked: r.domainBlocked,
        ipBlocked: r.ipBlocked,
        fromIpLastHour: recent[i]!.fromIp + (r.details.ipHash === null ? 0 : sameSource(ipKey)),
        fromDomainLastHour: recent[i]!.fromDomain + sameSource(domainKey),
      },
      limits,
    );
    if (verdict.action === 'store') {
      earlier.set(ipKey, sameSource(ipKey) + 1);
      earlier.set(domainKey, sameSource(domainKey) + 1);
    }
    return verdict;
  });

  // The first request for an address is inserted; a later one in the same batch signs again after it.
  const firsts = new Map<string, number>();
  requests.forEach((r, i) => {
    const key = `${r.petition.id} ${r.canonical}`;
    if (verdicts[i]!.action === 'store' && !firsts.has(key)) firsts.set(key, i);
  });
  const fresh = [...firsts.values()].map((i) => ({ i, id: randomUUID() }));
  const inserted = await insertNew(tx, fresh.map(({ i, id }) => ({ id, request: requests[i]!, verdict: verdicts[i]! })));

  const mails: SignatureMail[] = [];
  const outcomes: StoreOutcome[] = requests.map(() => 'discarded');
  for (const { i, id } of fresh) {
    if (!inserted.has(id)) continue;
    outcomes[i] = 'stored';
    const verdict = verdicts[i]!;
    if (verdict.action === 'store' && verdict.sendMail) mails.push(mailFor({ id, ...requests[i]!.details }, requests[i]!.petition));
  }
  await sendFirstConfirmSignatureMails(tx, mails);

  for (const [i, r] of requests.entries()) {
    const verdict = verdicts[i]!;
    if (verdict.action !== 'store' || outcomes[i] === 'stored') continue;
    await signAgain(tx, r.petition, r.canonical, { ...r.details, flagged: verdict.flagReason !== null, flagReason: verdict.flagReason }, verdict.sendMail);
    outcomes[i] = 'signed_again';
  }
  return outcomes;
}

type NewSignature = { id: string; request: SignatureRequest; verdict: ReturnType<typeof judgeSignature> & { action: 'store' } };

/**
 * One insert for every new signature of the batch: the ids of those stored (the others' addresses
 * had signed before). Rows go in sorted by the unique key, so two batches that share addresses wait
 * for each other in one order and cannot deadlock on them.
 */
async function insertNew(tx: Tx, rows: { id: string; request: SignatureRequest; verdict: ReturnType<typeof judgeSignature> }[]): Promise<Set<string>> {
  const stored = rows.filter((r): r is NewSignature => r.verdict.action === 'store');
  if (stored.length === 0) return new Set();
  const column = <T>(pick: (r: NewSignature) => T) => stored.map(pick);
  const result = await runPrepared<{ id: string }>(
    tx,
    `
    insert into signatures (id, petition_id, canonical_email, email_domain, name, email, country, city, comment, public_name,
      wants_updates, locale, flagged, flag_reason, ip_hash, confirm_token_hash, withdraw_token_hash)
    select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
      $10::boolean[], $11::boolean[], $12::text[], $13::boolean[], $14::text[], $15::text[], $16::text[], $17::text[])
      as s (id, petition_id, canonical_email, email_domain, name, email, country, city, comment, public_name, wants_updates, locale,
        flagged, flag_reason, ip_hash, confirm_token_hash, withdraw_token_hash)
    order by petition_id, canonical_email
    on conflict (petition_id, canonical_email) do nothing
    returning id`,
    [
      column((r) => r.id),
      column((r) => r.request.petition.id),
      column((r) => r.request.canonical),
      column((r) => r.request.domain),
      column((r) => r.request.details.name),
      column((r) => r.request.details.email),
      column((r) => r.request.details.country),
      column((r) => r.request.details.city),
      column((r) => r.request.details.comment),
      column((r) => r.request.details.publicName),
      column((r) => r.request.details.wantsUpdates),
      column((r) => r.request.details.locale),
      column((r) => r.verdict.flagReason !== null),
      column((r) => r.verdict.flagReason),
      column((r) => r.request.details.ipHash),
      column((r) => tokenHash(signatureToken('confirm', r.id))),
      column((r) => tokenHash(signatureToken('withdraw', r.id))),
    ],
  );
  return new Set(result.map((r) => r.id));
}

/**
 * An address that has signed this petition before: resends the confirmation (at most MAX_RESENDS
 * times); a withdrawn or expired signature is opened again with the new details.
 */
async function signAgain(
  tx: Tx,
  petition: SigningPetition,
  canonical: string,
  details: SignatureDetails & Pick<SignatureRow, 'flagged' | 'flagReason'>,
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
