import { z } from 'zod';
import { defineJob } from '@/lib/jobs/define';
import { deliverDueLetters, sendDigests } from './deliver';

const deliveryPayload = z.object({ actionId: z.uuid().optional() });

/**
 * Paced delivery of letters, every minute (and right after a confirmation, for that action): what
 * each target's hourly allowance has room for goes to the outbox, the rest waits.
 */
export const letterDelivery = defineJob<{ actionId?: string }>({
  name: 'letter-delivery',
  cron: '* * * * *',
  policy: { expireInSeconds: 300, retryLimit: 3, retryDelay: 30 },
  async run(data, { database, log }) {
    const { actionId } = deliveryPayload.parse(data ?? {});
    const report = await deliverDueLetters(database, { actionId });
    if (report.sent > 0) log(`[letters] delivered ${report.sent}, waiting ${report.waiting}`);
  },
});

/** The daily digests, at 06:00 UTC (11:00 in Astana). */
export const letterDigest = defineJob({
  name: 'letter-digest',
  cron: '0 6 * * *',
  policy: { expireInSeconds: 900, retryLimit: 3, retryDelay: 60 },
  async run(_data, { database, log }) {
    const report = await sendDigests(database);
    if (report.digests > 0) log(`[letters] digests ${report.digests} with ${report.letters} letters`);
  },
});

export const letterJobs = [letterDelivery, letterDigest];
