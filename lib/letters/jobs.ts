import { and, eq, isNotNull, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { letters } from '@/db/schema';
import { defineJob } from '@/lib/jobs/define';
import { IP_HASH_DAYS } from '@/lib/petitions/jobs';
import { deliverDueLetters, sendDigests } from './deliver';

/** Days a letter may wait for its confirmation. */
export const PENDING_DAYS = 7;

const deliveryPayload = z.object({ actionId: z.uuid().optional() });

/**
 * Paced delivery of letters, every minute (and right after a confirmation, for that action): what
 * each target's hourly allowance has room for goes to the outbox, the rest waits.
 */
export const letterDelivery = defineJob<{ actionId?: string }>({
  name: 'letter-delivery',
  payload: deliveryPayload,
  cron: '* * * * *',
  policy: { expireInSeconds: 300, retryLimit: 3, retryDelay: 30 },
  async run(data, { database, log }) {
    const { actionId } = data;
    const report = await deliverDueLetters(database, { actionId });
    if (report.sent > 0) log(`[letters] delivered ${report.sent}, waiting ${report.waiting}`);
  },
});

/** The daily digests, at 06:00 UTC (11:00 in Astana). */
export const letterDigest = defineJob({
  name: 'letter-digest',
  payload: z.object({}),
  cron: '0 6 * * *',
  policy: { expireInSeconds: 900, retryLimit: 3, retryDelay: 60 },
  async run(_data, { database, log }) {
    const report = await sendDigests(database);
    if (report.digests > 0) log(`[letters] digests ${report.digests} with ${report.letters} letters`);
  },
});

/** Letters never confirmed expire; IP hashes are forgotten after the abuse window, as signers' are. */
export async function runLetterMaintenance(database: Database, now = new Date()) {
  const expired = await database
    .update(letters)
    .set({ status: 'expired', expiredAt: now })
    .where(and(eq(letters.status, 'pending'), lt(letters.createdAt, new Date(now.getTime() - PENDING_DAYS * 86_400_000))))
    .returning({ id: letters.id });
  const forgotten = await database
    .update(letters)
    .set({ ipHash: null })
    .where(and(isNotNull(letters.ipHash), lt(letters.createdAt, new Date(now.getTime() - IP_HASH_DAYS * 86_400_000))))
    .returning({ id: letters.id });
  return { expired: expired.length, ipHashesForgotten: forgotten.length };
}

export const letterMaintenance = defineJob({
  name: 'letter-maintenance',
  payload: z.object({}),
  cron: '17 * * * *',
  policy: { expireInSeconds: 600, retryLimit: 0 },
  async run(_data, { database, log }) {
    const report = await runLetterMaintenance(database);
    if (report.expired + report.ipHashesForgotten > 0) log(`[letters] maintenance: ${JSON.stringify(report)}`);
  },
});

export const letterJobs = [letterDelivery, letterDigest, letterMaintenance];
