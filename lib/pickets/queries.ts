import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { cases, embassies, petitions, picketCases, pickets, type PicketRow, type PicketStatus } from '@/db/schema';
import { localDate } from './time';

/**
 * What the public sees of a picket: never the proposer's name, address or token. Every public
 * page, feed and calendar file reads pickets through these columns.
 */
export const publicColumns = {
  id: pickets.id,
  title: pickets.title,
  description: pickets.description,
  whatToBring: pickets.whatToBring,
  accessibility: pickets.accessibility,
  country: pickets.country,
  city: pickets.city,
  venue: pickets.venue,
  address: pickets.address,
  lat: pickets.lat,
  lon: pickets.lon,
  startsAt: pickets.startsAt,
  endsAt: pickets.endsAt,
  timeZone: pickets.timeZone,
  capacity: pickets.capacity,
  petitionId: pickets.petitionId,
  status: pickets.status,
  sequence: pickets.sequence,
  createdAt: pickets.createdAt,
  updatedAt: pickets.updatedAt,
};

export type PublicPicket = Pick<PicketRow, keyof typeof publicColumns>;

/** Approved and cancelled pickets are public (a cancelled one says so); proposals never are. */
const isPublic = inArray(pickets.status, ['approved', 'cancelled']);

export type PicketFilter = { country?: string; city?: string; past?: boolean };

/** Upcoming (or, with `past`, ended) public pickets, soonest first (latest first for past ones). */
export async function listPublicPickets(filter: PicketFilter = {}, now = new Date()): Promise<PublicPicket[]> {
  return db()
    .select(publicColumns)
    .from(pickets)
    .where(
      and(
        isPublic,
        filter.past ? lte(pickets.endsAt, now) : gt(pickets.endsAt, now),
        filter.country ? eq(pickets.country, filter.country) : undefined,
        filter.city ? sql`lower(${pickets.city}) = lower(${filter.city})` : undefined,
      ),
    )
    .orderBy(filter.past ? desc(pickets.startsAt) : asc(pickets.startsAt))
    .limit(500);
}

/**
 * One local date of the list. `pickets` is every public picket of the date in order; `happening`
 * and `cancelled` split it, and only what happens counts: a date is a day of action when pickets
 * happen in several places, not when a cancelled one sits next to the one that goes ahead.
 */
export type DayOfAction = { date: string; pickets: PublicPicket[]; happening: PublicPicket[]; cancelled: PublicPicket[]; isDayOfAction: boolean };

/**
 * Pickets grouped by their local date, dates in order. A date is the picket's own (16 December in
 * Almaty and 16 December in New York are one day of action though hours apart in UTC), so the
 * grouping is by key, not by neighbours in the UTC order: a picket of an earlier local date may
 * start later in UTC than one of the next date, and must not open a second section for its date.
 */
export function groupByDate(list: PublicPicket[], options: { newestFirst?: boolean } = {}): DayOfAction[] {
  const byDate = new Map<string, PublicPicket[]>();
  for (const picket of list) {
    const date = localDate(picket.startsAt, picket.timeZone);
    const day = byDate.get(date);
    if (day) day.push(picket);
    else byDate.set(date, [picket]);
  }
  const dates = [...byDate.keys()].sort();
  if (options.newestFirst) dates.reverse();
  return dates.map((date) => {
    const pickets = byDate.get(date)!;
    const happening = pickets.filter((p) => p.status !== 'cancelled');
    const cancelled = pickets.filter((p) => p.status === 'cancelled');
    return { date, pickets, happening, cancelled, isDayOfAction: happening.length > 1 };
  });
}

/** The countries and cities that have public pickets, for the filter. */
export async function picketPlaces(): Promise<{ country: string; city: string }[]> {
  return db().selectDistinct({ country: pickets.country, city: pickets.city }).from(pickets).where(isPublic).orderBy(pickets.country, pickets.city);
}

export async function getPublicPicket(id: string) {
  const [picket] = await db().select(publicColumns).from(pickets).where(and(eq(pickets.id, id), isPublic));
  if (!picket) return null;
  const [linkedCases, petition] = await Promise.all([
    db()
      .select({ id: cases.id, slug: cases.slug, name: cases.name })
      .from(picketCases)
      .innerJoin(cases, eq(picketCases.caseId, cases.id))
      .where(and(eq(picketCases.picketId, id), eq(cases.published, true))),
    picket.petitionId
      ? db().select({ slug: petitions.slug, title: petitions.title }).from(petitions).where(eq(petitions.id, picket.petitionId)).then((r) => r[0] ?? null)
      : Promise.resolve(null),
  ]);
  return { picket, cases: linkedCases, petition };
}

/** Every approved and cancelled picket for the calendar feed, optionally of one country. */
export async function picketsForFeed(country?: string): Promise<PublicPicket[]> {
  return db()
    .select(publicColumns)
    .from(pickets)
    .where(and(isPublic, country ? eq(pickets.country, country) : undefined))
    .orderBy(asc(pickets.startsAt))
    .limit(2000);
}

export async function listEmbassies() {
  return db().select().from(embassies).orderBy(embassies.country, embassies.city, embassies.name);
}

/** Choices for the proposal form: open petitions and published cases. */
export async function proposalChoices() {
  const [petitionRows, caseRows, embassyRows] = await Promise.all([
    db().select({ id: petitions.id, title: petitions.title }).from(petitions).where(eq(petitions.status, 'open')).orderBy(petitions.slug),
    db().select({ id: cases.id, name: cases.name }).from(cases).where(eq(cases.published, true)).orderBy(cases.slug),
    listEmbassies(),
  ]);
  return { petitions: petitionRows, cases: caseRows, embassies: embassyRows };
}

// Reads for the dashboard: every status, and the proposer's contact.
/** The dashboard's list: every picket whose proposer confirmed their address, newest start first. */
export async function listPicketsForOrganisers(status?: PicketStatus) {
  return db()
    .select({
      id: pickets.id,
      title: pickets.title,
      city: pickets.city,
      country: pickets.country,
      startsAt: pickets.startsAt,
      endsAt: pickets.endsAt,
      timeZone: pickets.timeZone,
      status: pickets.status,
    })
    .from(pickets)
    .where(and(isNotNull(pickets.proposalConfirmedAt), status ? eq(pickets.status, status) : undefined))
    .orderBy(desc(pickets.startsAt))
    .limit(500);
}

/** One picket for its editor, with its cases; the proposer's contact only here, for organisers. */
export async function picketForOrganisers(id: string) {
  const [row] = await db().select().from(pickets).where(eq(pickets.id, id));
  if (!row) return null;
  const linked = await db().select({ caseId: picketCases.caseId }).from(picketCases).where(eq(picketCases.picketId, id));
  return { ...row, caseIds: linked.map((l) => l.caseId) };
}
