import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { organisers, users, type OrganiserRow } from '@/db/schema';
import type { Actor } from '@/lib/actor';
import { adminEmails } from './admins';

export const byEmail = (email: string) => sql`lower(${organisers.email}) = ${email.toLowerCase()}`;

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

export async function listOrganisers() {
  return db().select().from(organisers).orderBy(asc(organisers.revokedAt), asc(organisers.email));
}
