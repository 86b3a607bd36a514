import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { organisers, sessions, users, verificationTokens } from '@/db/schema';
import { recordChange } from '@/lib/audit/log';
import { adminEmails } from '@/lib/auth/admins';
import type { Actor } from '@/lib/actor';
import { fieldError, type FieldError } from '@/lib/forms/field-error';
import type { Locale } from '@/lib/i18n/locales';
import type { InviteInput } from './forms';
import { byEmail } from './queries';

export type OrganiserChange = { ok: true } | { ok: false; error: FieldError };

/** Lets an address sign in, as organiser or admin; a revoked organiser invited again is reinstated. */
export async function inviteOrganiser(actor: Actor, input: InviteInput): Promise<OrganiserChange> {
  return db().transaction(async (tx) => {
    const [existing] = await tx.select().from(organisers).where(byEmail(input.email)).for('update').limit(1);
    if (existing && !existing.revokedAt) return { ok: false, error: fieldError('alreadyOrganiser', { email: input.email }) };
    const [row] = existing
      ? await tx
          .update(organisers)
          .set({ role: input.role, revokedAt: null, invitedBy: actor.organiserId, ...(input.locale ? { locale: input.locale } : {}) })
          .where(eq(organisers.id, existing.id))
          .returning()
      : await tx.insert(organisers).values({ ...input, invitedBy: actor.organiserId }).returning();
    await recordChange(tx, actor, {
      action: existing ? 'update' : 'create',
      entity: 'organisers',
      entityId: row!.id,
      before: existing,
      after: row,
    });
    return { ok: true };
  });
}

/** Saves an organiser's dashboard language on their record. Not audited: it is their own preference, not campaign data. */
export async function saveOrganiserLocale(actor: Actor, locale: Locale): Promise<void> {
  await db().update(organisers).set({ locale }).where(eq(organisers.id, actor.organiserId));
}

/**
 * Ends an organiser's access at once: marks them revoked, deletes their sessions (the next request
 * with their cookie finds no session) and any sign-in link not used yet.
 */
export async function revokeOrganiser(actor: Actor, organiserId: string): Promise<OrganiserChange> {
  return db().transaction(async (tx) => {
    const [row] = await tx.select().from(organisers).where(eq(organisers.id, organiserId)).for('update').limit(1);
    if (!row || row.revokedAt) return { ok: false, error: fieldError('organiserGone') };
    if (row.id === actor.organiserId) return { ok: false, error: fieldError('revokeYourself') };
    if (adminEmails().includes(row.email.toLowerCase())) {
      return { ok: false, error: fieldError('adminByEnvironment', { email: row.email }) };
    }
    const [revoked] = await tx.update(organisers).set({ revokedAt: new Date() }).where(eq(organisers.id, row.id)).returning();
    const accounts = tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.email.toLowerCase()}`);
    await tx.delete(sessions).where(inArray(sessions.userId, accounts));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, row.email.toLowerCase()));
    await recordChange(tx, actor, { action: 'update', entity: 'organisers', entityId: row.id, before: row, after: revoked });
    return { ok: true };
  });
}
