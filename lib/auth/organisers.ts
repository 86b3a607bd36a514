import { asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { organisers, sessions, users, verificationTokens, type OrganiserRow } from '@/db/schema';
import { recordChange } from '@/lib/admin/audit';
import { adminEmails } from '@/lib/env';
import { locales, type Locale } from '@/lib/i18n/locales';
import type { Actor } from './actor';

export const emailAddress = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'That address is too long.')
  // The mail pipeline's rule too (lib/mail/address.ts): an address it would not deliver to is no use.
  .pipe(z.email({ error: 'Enter an email address, like name@example.org.' }));

const byEmail = (email: string) => sql`lower(${organisers.email}) = ${email.toLowerCase()}`;

/**
 * The organiser an address belongs to, if it may sign in now: not revoked. An address listed in
 * ADMIN_EMAILS is an admin whatever the table says, and gets its row on first use.
 */
export async function activeOrganiser(email: string): Promise<OrganiserRow | null> {
  const address = email.trim().toLowerCase();
  const [row] = await db().select().from(organisers).where(byEmail(address)).limit(1);
  if (adminEmails().includes(address)) {
    if (row && row.role === 'admin' && !row.revokedAt) return row;
    if (row) {
      const [admin] = await db().update(organisers).set({ role: 'admin', revokedAt: null }).where(eq(organisers.id, row.id)).returning();
      return admin!;
    }
    // Two first requests at once: the second insert does nothing and both read the same row.
    await db().insert(organisers).values({ email: address, role: 'admin' }).onConflictDoNothing();
    const [admin] = await db().select().from(organisers).where(byEmail(address)).limit(1);
    return admin!;
  }
  return row && !row.revokedAt ? row : null;
}

/** The signed-in organiser behind a session's user, or null once they have been revoked. */
export async function actorForUser(userId: string): Promise<Actor | null> {
  const [user] = await db().select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user?.email) return null;
  const organiser = await activeOrganiser(user.email);
  if (!organiser) return null;
  return { userId, organiserId: organiser.id, email: organiser.email, role: organiser.role, locale: organiser.locale };
}

/** Saves an organiser's dashboard language on their record. Not audited: it is their own preference, not campaign data. */
export async function saveOrganiserLocale(actor: Actor, locale: Locale): Promise<void> {
  await db().update(organisers).set({ locale }).where(eq(organisers.id, actor.organiserId));
}

export async function listOrganisers() {
  return db().select().from(organisers).orderBy(asc(organisers.revokedAt), asc(organisers.email));
}

export const inviteSchema = z.object({
  email: emailAddress,
  role: z.enum(organisers.role.enumValues, { error: 'Choose admin or organiser.' }),
  // The language their dashboard and their mail start in; absent, their browser's decides.
  locale: z.enum(locales, { error: 'Choose a language.' }).optional(),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export type OrganiserChange = { ok: true } | { ok: false; error: string };

/** Lets an address sign in, as organiser or admin; a revoked organiser invited again is reinstated. */
export async function inviteOrganiser(actor: Actor, input: InviteInput): Promise<OrganiserChange> {
  return db().transaction(async (tx) => {
    const [existing] = await tx.select().from(organisers).where(byEmail(input.email)).for('update').limit(1);
    if (existing && !existing.revokedAt) return { ok: false, error: `${input.email} is already an organiser.` };
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

/**
 * Ends an organiser's access at once: marks them revoked, deletes their sessions (the next request
 * with their cookie finds no session) and any sign-in link not used yet.
 */
export async function revokeOrganiser(actor: Actor, organiserId: string): Promise<OrganiserChange> {
  return db().transaction(async (tx) => {
    const [row] = await tx.select().from(organisers).where(eq(organisers.id, organiserId)).for('update').limit(1);
    if (!row || row.revokedAt) return { ok: false, error: 'That organiser does not exist or was already revoked.' };
    if (row.id === actor.organiserId) return { ok: false, error: 'You cannot revoke yourself.' };
    if (adminEmails().includes(row.email.toLowerCase())) {
      return { ok: false, error: `${row.email} is an admin through ADMIN_EMAILS; remove it there first.` };
    }
    const [revoked] = await tx.update(organisers).set({ revokedAt: new Date() }).where(eq(organisers.id, row.id)).returning();
    const accounts = tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.email.toLowerCase()}`);
    await tx.delete(sessions).where(inArray(sessions.userId, accounts));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, row.email.toLowerCase()));
    await recordChange(tx, actor, { action: 'update', entity: 'organisers', entityId: row.id, before: row, after: revoked });
    return { ok: true };
  });
}

