import { and, eq, isNotNull, lt, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import type { Tx } from '@/db/tx';
import { petitions, signatures } from '@/db/schema';
import { env } from '@/lib/env';
import { z } from 'zod';
import { defineJob } from '@/lib/jobs/define';
import { PENDING_DAYS } from './sign';
import { reconcileTallies } from './tally';

type Queryable = Database | Tx;

/** Days an IP hash is kept: long enough for the hourly check and for organisers to review abuse. */
export const IP_HASH_DAYS = 30;

/** Marks signatures expired that stayed unconfirmed PENDING_DAYS after their last confirmation mail. */
export async function expirePendingSignatures(now = new Date(), database: Queryable = db()): Promise<number> {
  const cutoff = new Date(now.getTime() - PENDING_DAYS * 86_400_000);
  const rows = await database
    .update(signatures)
    .set({ status: 'expired', expiredAt: now })
    .where(and(eq(signatures.status, 'pending'), lt(signatures.lastSentAt, cutoff)))
    .returning({ id: signatures.id });
  return rows.length;
}

/** Forgets the IP hashes of signatures older than the abuse window. */
export async function forgetOldIpHashes(now = new Date(), database: Queryable = db()): Promise<number> {
  const cutoff = new Date(now.getTime() - IP_HASH_DAYS * 86_400_000);
  const rows = await database
    .update(signatures)
    .set({ ipHash: null })
    .where(and(isNotNull(signatures.ipHash), lt(signatures.createdAt, cutoff)))
    .returning({ id: signatures.id });
  return rows.length;
}

export type Offender = { petitionId: string; kind: 'ip' | 'domain'; source: string; count: number };

/**
 * The hourly check: petitions where one IP hash or one email domain gave more than the alert
 * threshold in the past hour are flagged for organisers to look at (their signatures stay as they are).
 */
export async function flagSuspiciousPetitions(
  threshold = env().SIGN_ALERT_PER_HOUR,
  now = new Date(),
  database: Queryable = db(),
): Promise<Offender[]> {
  const since = new Date(now.getTime() - 3_600_000);
  // After an organiser cleared a flag, only what came after counts: they have seen the rest.
  const window = sql`s.created_at > greatest(${since.toISOString()}::timestamptz, p.flag_cleared_at)`;
  const offenders = await database.execute<{ petition_id: string; kind: 'ip' | 'domain'; source: string; count: number }>(sql`
    select s.petition_id, 'ip' as kind, s.ip_hash as source, count(*)::int as count
    from ${signatures} s join ${petitions} p on p.id = s.petition_id
    where ${window} and s.ip_hash is not null
    group by s.petition_id, s.ip_hash having count(*) > ${threshold}
    union all
    select s.petition_id, 'domain', s.email_domain, count(*)::int
    from ${signatures} s join ${petitions} p on p.id = s.petition_id
    where ${window}
    group by s.petition_id, s.email_domain having count(*) > ${threshold}`);
  const list = offenders.map((o) => ({ petitionId: o.petition_id, kind: o.kind, source: o.source, count: o.count }));
  for (const o of list) {
    await database
      .update(petitions)
      .set({
        flaggedAt: now,
        flagReason: `${o.count} signatures in an hour from one ${o.kind === 'ip' ? 'IP hash' : 'domain'} (${o.source})`,
        flagSourceKind: o.kind,
        flagSource: o.source,
      })
      .where(eq(petitions.id, o.petitionId));
  }
  return list;
}

export type MaintenanceReport = { expired: number; ipHashesForgotten: number; flagged: number; tallyCorrections: number };

export async function runPetitionMaintenance(database: Queryable = db()): Promise<MaintenanceReport> {
  const expired = await expirePendingSignatures(new Date(), database);
  const ipHashesForgotten = await forgetOldIpHashes(new Date(), database);
  const flagged = (await flagSuspiciousPetitions(env().SIGN_ALERT_PER_HOUR, new Date(), database)).length;
  const tallyCorrections = await reconcileTallies(database);
  return { expired, ipHashesForgotten, flagged, tallyCorrections };
}

/**
 * Every five minutes, in whichever worker pg-boss hands the job to: expiry, the IP-hash purge, the
 * check for one source signing too much in the past hour, and the count reconcile.
 */
export const petitionMaintenance = defineJob({
  name: 'petition-maintenance',
  // Queued by its schedule, with nothing to say.
  payload: z.object({}),
  cron: '*/5 * * * *',
  policy: { expireInSeconds: 600, retryLimit: 0 },
  async run(_data, { database, log }) {
    const report = await runPetitionMaintenance(database);
    if (Object.values(report).some((n) => n > 0)) log(`[petitions] maintenance: ${JSON.stringify(report)}`);
  },
});

export const petitionJobs = [petitionMaintenance];
