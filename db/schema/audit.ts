import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

// `export`: signers' personal data left the platform (a CSV of a petition's signatures).
export const auditAction = pgEnum('audit_action', ['create', 'update', 'delete', 'export']);
export type AuditAction = (typeof auditAction.enumValues)[number];

/**
 * Every change made through the dashboard: who, when, which record, and the record before and
 * after. Written in the same transaction as the change, so there is no change without its entry.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Kept as written, so the entry still names the person after their account is gone. */
    actorEmail: text('actor_email').notNull(),
    action: auditAction('action').notNull(),
    /** The table of the changed record, e.g. `case_statuses`. */
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** The case the record belongs to, when it belongs to one: the case's history lists it. */
    caseId: uuid('case_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_case_idx').on(t.caseId, t.at)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
