import 'server-only';
import { and, asc, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { caseUpdates, mailMessages, petitions, pickets } from '@/db/schema';
import { listAuditLines, type AuditLine } from '@/lib/audit/queries';
import type { Localized } from '@/lib/i18n/locales';

// The campaign's morning view: what waits for a decision, what is running, what changed last.
// Reads only; each list is short, and each is one statement.

export type PicketProposal = { id: string; title: string; city: string; country: string; startsAt: Date; timeZone: string };
export type FlaggedPetition = { id: string; title: Localized; flaggedAt: Date; flagReason: string | null };
export type FailedMail = { count: number; latest: Date | null };
export type OpenPetition = { id: string; title: Localized; goal: number; today: number; total: number };
export type RunningSend = { id: string; title: Localized; recipients: number; queued: number; sent: number; failed: number; finished: boolean };
export type UpcomingPicket = { id: string; title: string; city: string; startsAt: Date; timeZone: string; attending: number; waiting: number; capacity: number | null };

export type DashboardOverview = {
  decide: { proposals: PicketProposal[]; flagged: FlaggedPetition[]; failedMail: FailedMail };
  running: { petitions: OpenPetition[]; sends: RunningSend[]; pickets: UpcomingPicket[] };
  latest: AuditLine[];
};

const LIST = 10;

/** Proposals whose proposer confirmed their address, waiting for an organiser; soonest first. */
export function picketProposals(): Promise<PicketProposal[]> {
  return db()
    .select({ id: pickets.id, title: pickets.title, city: pickets.city, country: pickets.country, startsAt: pickets.startsAt, timeZone: pickets.timeZone })
    .from(pickets)
    .where(and(eq(pickets.status, 'proposed'), isNotNull(pickets.proposalConfirmedAt)))
    .orderBy(asc(pickets.startsAt))
    .limit(LIST);
}

/** Petitions the hourly abuse check flagged and nobody has cleared yet. */
export async function flaggedPetitions(): Promise<FlaggedPetition[]> {
  const rows = await db()
    .select({ id: petitions.id, title: petitions.title, flaggedAt: petitions.flaggedAt, flagReason: petitions.flagReason })
    .from(petitions)
    .where(isNotNull(petitions.flaggedAt))
    .orderBy(desc(petitions.flaggedAt))
    .limit(LIST);
  return rows.map((r) => ({ ...r, flaggedAt: r.flaggedAt! }));
}

/** Messages the mail pipeline gave up on: an admin retries them from the outbox. */
export async function failedMail(): Promise<FailedMail> {
  const [row] = await db()
    .select({ count: sql<number>`count(*)::int`, latest: sql<string | null>`max(${mailMessages.updatedAt})` })
    .from(mailMessages)
    .where(eq(mailMessages.status, 'failed'));
  return { count: row?.count ?? 0, latest: row?.latest ? new Date(row.latest) : null };
}

/**
 * Open petitions with the signatures confirmed since midnight UTC (counted, so not flagged) and
 * their public total (the tallies, as the petition page adds them up).
 */
export async function openPetitions(now = new Date()): Promise<OpenPetition[]> {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const rows = await db().execute<{ id: string; title: Localized; goal: number; today: number; total: number }>(sql`
    select p.id, p.title, p.goal,
      (select count(*) from signatures s
        where s.petition_id = p.id and s.status = 'confirmed' and s.confirmed_at >= ${midnight.toISOString()}::timestamptz and not s.flagged)::int as today,
      (select coalesce(sum(t.count), 0) from signature_tallies t where t.petition_id = p.id)::int as total
    from petitions p
    where p.status = 'open'
    order by today desc, p.created_at desc
    limit ${LIST}`);
  return [...rows];
}

/** Published updates whose mail is still being queued or delivered, with how far the send has got. */
export async function runningSends(): Promise<RunningSend[]> {
  const rows = await db().execute<RunningSend>(sql`
    select u.id, u.title,
      count(r.subscriber_id)::int as recipients,
      count(*) filter (where m.status = 'queued')::int as queued,
      count(*) filter (where m.status = 'sent')::int as sent,
      count(*) filter (where m.status = 'failed')::int as failed,
      (u.fanout_finished_at is not null) as finished
    from ${caseUpdates} u
    left join update_recipients r on r.update_id = u.id
    left join mail_messages m on m.id = r.message_id
    where u.status = 'published'
      and (u.fanout_finished_at is null
        or exists (select 1 from update_recipients r2 join mail_messages m2 on m2.id = r2.message_id where r2.update_id = u.id and m2.status = 'queued'))
    group by u.id
    order by u.published_at desc
    limit ${LIST}`);
  return [...rows];
}

/** Approved pickets that have not ended, soonest first, with who is coming and who is waiting. */
export function upcomingPickets(now = new Date()): Promise<UpcomingPicket[]> {
  return db()
    .select({
      id: pickets.id,
      title: pickets.title,
      city: pickets.city,
      startsAt: pickets.startsAt,
      timeZone: pickets.timeZone,
      capacity: pickets.capacity,
      attending: sql<number>`(select count(*) from picket_rsvps r where r.picket_id = pickets.id and r.status = 'confirmed')::int`,
      waiting: sql<number>`(select count(*) from picket_rsvps r where r.picket_id = pickets.id and r.status = 'waitlisted')::int`,
    })
    .from(pickets)
    .where(and(eq(pickets.status, 'approved'), gt(pickets.endsAt, now)))
    .orderBy(asc(pickets.startsAt))
    .limit(LIST);
}

/** Everything the dashboard's home page shows, read side by side. */
export async function dashboardOverview(now = new Date()): Promise<DashboardOverview> {
  const [proposals, flagged, mail, open, sends, upcoming, latest] = await Promise.all([
    picketProposals(),
    flaggedPetitions(),
    failedMail(),
    openPetitions(now),
    runningSends(),
    upcomingPickets(now),
    listAuditLines({ limit: 8 }),
  ]);
  return { decide: { proposals, flagged, failedMail: mail }, running: { petitions: open, sends, pickets: upcoming }, latest };
}
