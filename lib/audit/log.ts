import 'server-only';
import { and, desc, eq, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, type AuditAction } from '@/db/schema';
import type { Tx } from '@/db/tx';
import type { Actor } from '@/lib/actor';

/**
 * Records one change in the audit log. Takes the transaction of the change itself: the entry and
 * the change are saved together or not at all.
 */
export async function recordChange(
  tx: Tx,
  actor: Actor,
  change: { action: AuditAction; entity: string; entityId: string; caseId?: string | null; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor.userId,
    actorEmail: actor.email,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    caseId: change.caseId ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
  });
}

/** The changes to one record, or to a case and everything in it; newest first. */
export async function listChanges(filter: { entity?: string; entityId?: string; caseId?: string }, limit = 200) {
  const conditions = [];
  if (filter.caseId) conditions.push(or(eq(auditLog.caseId, filter.caseId), and(eq(auditLog.entity, 'cases'), eq(auditLog.entityId, filter.caseId))));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  return db()
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}
