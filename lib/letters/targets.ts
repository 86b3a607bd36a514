import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { embassies, letterOffices, letterTargetPauses } from '@/db/schema';
import type { Locale, Localized } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import type { Tx } from '@/db/tx';
import type { Database } from '@/db/client';

// A target is named by one key wherever it is stored: `office:<id>` or `embassy:<id>`. Pacing,
// pauses, counts and the one-letter rule all go by it.

export type TargetKey = `office:${string}` | `embassy:${string}`;
type Queryable = Database | Tx;

export const officeKey = (id: string): TargetKey => `office:${id}`;
export const embassyKey = (id: string): TargetKey => `embassy:${id}`;

export function parseTargetKey(key: string): { kind: 'office' | 'embassy'; id: string } | null {
  const match = /^(office|embassy):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(key);
  return match ? { kind: match[1] as 'office' | 'embassy', id: match[2]! } : null;
}

export type Target = {
  key: TargetKey;
  kind: 'office' | 'embassy';
  name: Localized;
  /** Where letters go; null until an organiser has entered (and, for an office, checked) it. */
  email: string | null;
  paused: { reason: string; pausedAt: Date } | null;
};

export function targetName(target: Pick<Target, 'name'>, locale: Locale): string {
  return pickText(target.name, locale) ?? target.name.en;
}

/** The Kazakh mission letters from this country go to: its embassy, else a consulate. */
export async function embassyForCountry(database: Queryable, country: string) {
  const [row] = await database
    .select({ id: embassies.id, name: embassies.name, city: embassies.city })
    .from(embassies)
    .where(eq(embassies.country, country))
    .orderBy(sql`${embassies.kind} = 'embassy' desc`, asc(embassies.city), asc(embassies.id))
    .limit(1);
  return row ?? null;
}

const embassyTitle = (e: { name: string; city: string }): Localized => ({ en: `${e.name}, ${e.city}` });

/** The targets behind these keys, with their address and whether they are paused; unknown keys are left out. */
export async function loadTargets(database: Queryable, keys: readonly string[]): Promise<Map<string, Target>> {
  const parsed = keys.map(parseTargetKey).filter((k) => k !== null);
  const officeIds = parsed.filter((k) => k.kind === 'office').map((k) => k.id);
  const embassyIds = parsed.filter((k) => k.kind === 'embassy').map((k) => k.id);
  const [offices, missions, pauses] = await Promise.all([
    officeIds.length ? database.select().from(letterOffices).where(inArray(letterOffices.id, officeIds)) : [],
    embassyIds.length ? database.select().from(embassies).where(inArray(embassies.id, embassyIds)) : [],
    keys.length ? database.select().from(letterTargetPauses).where(inArray(letterTargetPauses.target, [...keys])) : [],
  ]);
  const pausedBy = new Map(pauses.map((p) => [p.target, { reason: p.reason, pausedAt: p.pausedAt }]));
  const out = new Map<string, Target>();
  for (const o of offices) {
    const key = officeKey(o.id);
    // An office's address is used only once an organiser has checked it against an official source.
    out.set(key, { key, kind: 'office', name: o.name, email: o.checkedOn ? o.email : null, paused: pausedBy.get(key) ?? null });
  }
  for (const e of missions) {
    const key = embassyKey(e.id);
    out.set(key, { key, kind: 'embassy', name: embassyTitle(e), email: e.email, paused: pausedBy.get(key) ?? null });
  }
  return out;
}

/**
 * Pauses every target written to at this address (a bounce or a complaint came back from it):
 * nothing more goes there until an organiser resumes it. Returns the keys paused.
 */
export async function pauseTargetsAddressed(database: Queryable, email: string, reason: string): Promise<string[]> {
  const address = email.trim().toLowerCase();
  const [offices, missions] = await Promise.all([
    database.select({ id: letterOffices.id, email: letterOffices.email }).from(letterOffices).where(sql`lower(${letterOffices.email}) = ${address}`),
    database.select({ id: embassies.id, email: embassies.email }).from(embassies).where(sql`lower(${embassies.email}) = ${address}`),
  ]);
  const keys = [...offices.map((o) => officeKey(o.id)), ...missions.map((e) => embassyKey(e.id))];
  if (keys.length === 0) return [];
  await database
    .insert(letterTargetPauses)
    .values(keys.map((target) => ({ target, email: address, reason })))
    .onConflictDoNothing();
  return keys;
}

export async function isPaused(database: Queryable, key: string): Promise<boolean> {
  const [row] = await database.select({ target: letterTargetPauses.target }).from(letterTargetPauses).where(and(eq(letterTargetPauses.target, key)));
  return Boolean(row);
}
