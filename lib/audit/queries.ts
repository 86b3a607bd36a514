import 'server-only';
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, cases, petitions, users, type AuditAction } from '@/db/schema';
import type { Localized } from '@/lib/i18n/locales';
import { auditPetitionId, auditRecordName, auditVerb, describeChanges, type AuditChange, type AuditVerb } from './format';

export type AuditFilter = {
  /** The person, by the address the entry was written with (it outlives their account). */
  actorEmail?: string | null;
  entity?: string | null;
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
  /** A case and every record in it. */
  caseId?: string | null;
  entityId?: string | null;
  limit?: number;
};

/** One entry of the log, ready to be said in words: "Aigerim edited the case of Erzhan Elshibayev". */
export type AuditLine = {
  id: string;
  at: Date;
  /** The person's name if their account has one, otherwise their address. */
  who: string;
  action: AuditAction;
  verb: AuditVerb;
  entity: string;
  entityId: string;
  /** The record's own name (a title, a name, an address), when it has one. */
  name: string | null;
  /** The case a case record belongs to, or the petition of a signature, by its current name. */
  parent: string | null;
  changes: AuditChange[];
};

/** The log, newest first, filtered by person, kind of record, days, case or record. */
export async function listAuditLines(filter: AuditFilter = {}): Promise<AuditLine[]> {
  const conditions: SQL[] = [];
  if (filter.caseId) conditions.push(or(eq(auditLog.caseId, filter.caseId), and(eq(auditLog.entity, 'cases'), eq(auditLog.entityId, filter.caseId)))!);
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.actorEmail) conditions.push(eq(auditLog.actorEmail, filter.actorEmail));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));
  const rows = await db()
    .select({ entry: auditLog, userName: users.name, caseName: cases.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(cases, eq(cases.id, sql`coalesce(${auditLog.caseId}, case when ${auditLog.entity} = 'cases' then ${auditLog.entityId}::uuid end)`))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(Math.min(filter.limit ?? 200, 1000));

  // Signatures and paper counts are named by their petition: one read for all of them.
  const petitionIds = [...new Set(rows.map((r) => auditPetitionId(r.entry.entity, r.entry.before, r.entry.after)).filter((id): id is string => !!id))];
  const titles = new Map<string, Localized>();
  if (petitionIds.length > 0) {
    for (const p of await db().select({ id: petitions.id, title: petitions.title }).from(petitions).where(inArray(petitions.id, petitionIds))) titles.set(p.id, p.title);
  }

  return rows.map(({ entry, userName, caseName }) => {
    const petitionId = auditPetitionId(entry.entity, entry.before, entry.after);
    const name =
      entry.entity === 'cases' ? (caseName?.en ?? auditRecordName(entry.entity, entry.before, entry.after)) : auditRecordName(entry.entity, entry.before, entry.after);
    const parent = petitionId ? (titles.get(petitionId)?.en ?? null) : entry.entity === 'cases' ? null : (caseName?.en ?? null);
    return {
      id: entry.id,
      at: entry.at,
      who: userName?.trim() || entry.actorEmail,
      action: entry.action,
      verb: auditVerb(entry),
      entity: entry.entity,
      entityId: entry.entityId,
      name,
      parent,
      changes: describeChanges(entry.entity, entry.before, entry.after),
    };
  });
}

/** Everyone who has an entry in the log, for the filter by person. */
export async function auditActors(): Promise<{ email: string; name: string | null }[]> {
  const rows = await db()
    .selectDistinctOn([auditLog.actorEmail], { email: auditLog.actorEmail, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(auditLog.actorEmail);
  return rows;
}
