import { eq, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { signatures, signatureTallies } from '@/db/schema';
import type { Tx } from '@/db/tx';

/**
 * Rows per petition and country that confirmations add to. A confirmation picks one at random, so
 * a spike of confirmations for one petition spreads over this many rows instead of queueing on one.
 */
export const TALLY_SHARDS = 16;

/** Adds (or, with -1, takes away) one counted signature, in the caller's transaction. */
export async function addToTally(tx: Tx, petitionId: string, country: string, delta: 1 | -1): Promise<void> {
  const shard = Math.floor(Math.random() * TALLY_SHARDS);
  await tx
    .insert(signatureTallies)
    .values({ petitionId, country, shard, count: delta })
    .onConflictDoUpdate({
      target: [signatureTallies.petitionId, signatureTallies.country, signatureTallies.shard],
      set: { count: sql`${signatureTallies.count} + ${delta}` },
    });
}

export type Tally = { total: number; byCountry: { country: string; count: number }[] };

/** The public count of one petition: a sum over its few tally rows, never a count of signatures. */
export async function readTally(petitionId: string): Promise<Tally> {
  const rows = await db()
    .select({ country: signatureTallies.country, count: sql<number>`sum(${signatureTallies.count})::int` })
    .from(signatureTallies)
    .where(eq(signatureTallies.petitionId, petitionId))
    .groupBy(signatureTallies.country)
    .having(sql`sum(${signatureTallies.count}) > 0`);
  const byCountry = rows.sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
  return { total: byCountry.reduce((sum, r) => sum + r.count, 0), byCountry };
}

/** Totals of many petitions at once, for lists. */
export async function readTotals(petitionIds: string[]): Promise<Map<string, number>> {
  if (petitionIds.length === 0) return new Map();
  const rows = await db()
    .select({ petitionId: signatureTallies.petitionId, count: sql<number>`sum(${signatureTallies.count})::int` })
    .from(signatureTallies)
    .where(sql`${signatureTallies.petitionId} in ${petitionIds}`)
    .groupBy(signatureTallies.petitionId);
  return new Map(rows.map((r) => [r.petitionId, r.count]));
}

/**
 * Makes the stored tallies equal the true counts (confirmed, unflagged signatures). Confirmations
 * wait on the table lock while it runs, so none is lost between the count and the rewrite.
 * Returns how many petition–country pairs were wrong.
 */
export async function reconcileTallies(database: Database | Tx = db()): Promise<number> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`lock table ${signatureTallies} in share row exclusive mode`);
    const wrong = await tx.execute<{ n: number }>(sql`
      with truth as (
        select ${signatures.petitionId} as petition_id, ${signatures.country} as country, count(*)::int as n
        from ${signatures}
        where ${signatures.status} = 'confirmed' and not ${signatures.flagged}
        group by 1, 2
      ), stored as (
        select petition_id, country, sum(count)::int as n from ${signatureTallies} group by 1, 2
      )
      select count(*)::int as n
      from truth full join stored using (petition_id, country)
      where coalesce(truth.n, 0) <> coalesce(stored.n, 0)`);
    const n = wrong[0]?.n ?? 0;
    if (n === 0) return 0;
    await tx.delete(signatureTallies);
    await tx.execute(sql`
      insert into ${signatureTallies} (petition_id, country, shard, count)
      select ${signatures.petitionId}, ${signatures.country}, 0, count(*)::int
      from ${signatures}
      where ${signatures.status} = 'confirmed' and not ${signatures.flagged}
      group by 1, 2`);
    return n;
  });
}

/** Whether a signature in this state adds to the public count. */
export function isCounted(signature: { status: string; flagged: boolean }): boolean {
  return signature.status === 'confirmed' && !signature.flagged;
}
