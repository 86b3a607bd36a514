import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { z } from 'zod';
import { defineJob } from '@/lib/jobs/define';
import { picketReminders, picketRsvps, pickets } from '@/db/schema';
import { env } from '@/lib/env';
import { sendReminder } from './mail';

export type ReminderKind = { kind: string; minutesBefore: number };

/** The configured reminders (PICKET_REMINDERS, minutes before the start): by default a day and an hour. */
export function reminderKinds(minutes = env().PICKET_REMINDERS): ReminderKind[] {
  return [...new Set(minutes)].sort((a, b) => b - a).map((m) => ({ kind: `${m}m`, minutesBefore: m }));
}

/**
 * Sends every reminder that is due at `now` and not sent yet: to confirmed attendees of approved
 * pickets that have not started, once the start is at most `minutesBefore` away. Someone who
 * registered after a reminder's moment gets only the later ones (no "tomorrow" an hour before).
 * Each (attendee, reminder, start time) is recorded with its mail in one transaction, so a run that
 * crashes half-way, or two runs at once, send each reminder once. Returns how many were queued.
 */
export async function sendDueReminders(now = new Date(), kinds = reminderKinds(), database: Database = db()): Promise<number> {
  let sent = 0;
  for (const { kind, minutesBefore } of kinds) {
    const lead = sql`make_interval(mins => ${minutesBefore})`;
    const at = sql`${now.toISOString()}::timestamptz`;
    const due = await database
      .select({ rsvpId: picketRsvps.id })
      .from(picketRsvps)
      .innerJoin(pickets, eq(picketRsvps.picketId, pickets.id))
      .leftJoin(
        picketReminders,
        and(eq(picketReminders.rsvpId, picketRsvps.id), eq(picketReminders.kind, kind), eq(picketReminders.startsAt, pickets.startsAt)),
      )
      .where(
        and(
          eq(pickets.status, 'approved'),
          eq(picketRsvps.status, 'confirmed'),
          gt(pickets.startsAt, now),
          sql`${pickets.startsAt} - ${lead} <= ${at}`,
          lte(picketRsvps.confirmedAt, sql`${pickets.startsAt} - ${lead}`),
          sql`${picketReminders.rsvpId} is null`,
        ),
      )
      .limit(5000);
    for (const { rsvpId } of due) {
      sent += await database.transaction(async (tx) => {
        const [row] = await tx
          .select({ rsvp: picketRsvps, picket: pickets })
          .from(picketRsvps)
          .innerJoin(pickets, eq(picketRsvps.picketId, pickets.id))
          .where(eq(picketRsvps.id, rsvpId))
          .for('update', { of: picketRsvps });
        if (!row || row.rsvp.status !== 'confirmed' || row.picket.status !== 'approved') return 0;
        const claimed = await tx
          .insert(picketReminders)
          .values({ rsvpId, kind, startsAt: row.picket.startsAt, sentAt: now })
          .onConflictDoNothing()
          .returning({ rsvpId: picketReminders.rsvpId });
        if (claimed.length === 0) return 0;
        await sendReminder(tx, row.picket, row.rsvp, kind);
        return 1;
      });
    }
  }
  return sent;
}

/**
 * Every minute the worker queues one run (cron, UTC). A run that overlaps another, or a retry after
 * a crash, sends nothing twice: each reminder is claimed by one insert.
 */
export const picketReminderJob = defineJob({
  name: 'picket-reminders',
  // Queued by its schedule, with nothing to say.
  payload: z.object({}),
  cron: '* * * * *',
  policy: { expireInSeconds: 300, retryLimit: 0 },
  async run(_data, { database, log }) {
    const sent = await sendDueReminders(new Date(), reminderKinds(), database);
    if (sent > 0) log(`[pickets] reminders queued: ${sent}`);
  },
});

export const picketJobs = [picketReminderJob];
