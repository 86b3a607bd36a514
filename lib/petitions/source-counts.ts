import { sql } from 'drizzle-orm';
import { runPrepared, type Tx } from '@/db/tx';
import { isPublicProvider } from './abuse';

// The abuse limits count what one petition got in the past hour from one IP hash and from one email
// domain, for every signature. Each count stops at the limit (more is never needed), and a source
// found at its limit is remembered: it stays there until the oldest of the signatures counted is an
// hour old, so until then it is not counted again. Under a wave from one busy domain that is one
// look-up in place of one per signature.

const HOUR_MS = 3_600_000;
/** Room for a clock of this machine behind the database's: the memory ends early rather than late. */
const CLOCK_MARGIN_MS = 5_000;

export type SignatureSource = { petitionId: string; ipHash: string | null; domain: string };
export type SourceCounts = { fromIp: number; fromDomain: number };
export type SourceLimits = { ip: number; domain: number };

/** Sources at their limit, and until when (this machine's clock) they stay there at least. */
const atLimitUntil = new Map<string, number>();

const ipKey = (s: SignatureSource) => `${s.petitionId} ip ${s.ipHash}`;
const domainKey = (s: SignatureSource) => `${s.petitionId} domain ${s.domain}`;

function knownAtLimit(key: string, now: number): boolean {
  const until = atLimitUntil.get(key);
  if (until === undefined) return false;
  if (until > now) return true;
  atLimitUntil.delete(key);
  return false;
}

/** `oldestCounted`: when the oldest of the signatures counted was given, in ms since the epoch. */
function remember(key: string, oldestCounted: number, now: number): void {
  if (atLimitUntil.size > 10_000) atLimitUntil.clear();
  const until = oldestCounted + HOUR_MS - CLOCK_MARGIN_MS;
  if (until > now) atLimitUntil.set(key, until);
}

/**
 * How many signatures each source gave its petition in the past hour, counting no further than the
 * limits; one statement for any number of sources, in the caller's transaction. Large public mail
 * providers are not counted by domain (they are exempt from that limit), signatures without an IP
 * hash not by IP.
 */
export async function recentFromSources(tx: Tx, sources: SignatureSource[], limits: SourceLimits, now = Date.now()): Promise<SourceCounts[]> {
  const ask = sources.map((s) => ({
    ip: s.ipHash !== null && !knownAtLimit(ipKey(s), now),
    domain: !isPublicProvider(s.domain) && !knownAtLimit(domainKey(s), now),
  }));
  const counted = ask.some((a) => a.ip || a.domain) ? await countSources(tx, sources, ask, limits) : null;
  return sources.map((s, i) => {
    const row = counted?.[i];
    let fromIp = 0;
    let fromDomain = 0;
    if (s.ipHash !== null) {
      if (!ask[i]!.ip) fromIp = limits.ip;
      else if (row) {
        fromIp = row.from_ip;
        if (fromIp >= limits.ip && row.oldest_ip !== null) remember(ipKey(s), row.oldest_ip, now);
      }
    }
    if (!isPublicProvider(s.domain)) {
      if (!ask[i]!.domain) fromDomain = limits.domain;
      else if (row) {
        fromDomain = row.from_domain;
        if (fromDomain >= limits.domain && row.oldest_domain !== null) remember(domainKey(s), row.oldest_domain, now);
      }
    }
    return { fromIp, fromDomain };
  });
}

type Counted = { from_ip: number; oldest_ip: number | null; from_domain: number; oldest_domain: number | null };

async function countSources(tx: Tx, sources: SignatureSource[], ask: { ip: boolean; domain: boolean }[], limits: SourceLimits): Promise<Counted[]> {
  // Each count must walk the end of signatures_petition_ip_idx or _domain_idx backwards: a few
  // entries. With statistics older than a petition's first wave, the planner can take an index on
  // the petition alone instead (small, as its keys repeat) and filter every signature of the
  // petition, for every count of the batch: a cost that grows with the wave itself. Without a sort
  // that walk is the only plan left, so sorting is off for this one statement (two round trips
  // more per batch, not per signature).
  await tx.execute(sql`set local enable_sort = off`);
  const rows = await runPrepared<Counted>(
    tx,
    // A null source matches no row: that count is 0 and costs one index probe.
    `
    select ip.n as from_ip, ip.oldest as oldest_ip, d.n as from_domain, d.oldest as oldest_domain
    from unnest($1::uuid[], $2::text[], $3::text[]) with ordinality as r (petition_id, ip_hash, domain, i)
    cross join lateral (
      select count(*)::int as n, (extract(epoch from min(created_at)) * 1000)::float8 as oldest from (
        select created_at from signatures s
        where s.petition_id = r.petition_id and s.ip_hash = r.ip_hash and s.created_at > now() - interval '1 hour'
        order by s.created_at desc limit $4
      ) x
    ) ip
    cross join lateral (
      select count(*)::int as n, (extract(epoch from min(created_at)) * 1000)::float8 as oldest from (
        select created_at from signatures s
        where s.petition_id = r.petition_id and s.email_domain = r.domain and s.created_at > now() - interval '1 hour'
        order by s.created_at desc limit $5
      ) x
    ) d
    order by r.i`,
    [
      sources.map((s) => s.petitionId),
      sources.map((s, i) => (ask[i]!.ip ? s.ipHash : null)),
      sources.map((s, i) => (ask[i]!.domain ? s.domain : null)),
      limits.ip,
      limits.domain,
    ],
  );
  await tx.execute(sql`set local enable_sort = on`);
  return rows;
}

/** Forgets every source remembered at its limit (for tests that move the clock or the limits). */
export function forgetSourcesAtLimit(): void {
  atLimitUntil.clear();
}
