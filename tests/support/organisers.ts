import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { organisers, users, type OrganiserRole } from '@/db/schema';
import type { Actor } from '@/lib/actor';

/** An organiser with a user account, as if they had signed in once; random address per call. */
export async function makeActor(role: OrganiserRole = 'organiser'): Promise<Actor> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.org`;
  const [organiser] = await db().insert(organisers).values({ email, role }).returning();
  const [user] = await db().insert(users).values({ email }).returning();
  return { userId: user!.id, organiserId: organiser!.id, email, role };
}

export async function organiserByEmail(email: string) {
  const [row] = await db().select().from(organisers).where(eq(organisers.email, email));
  return row;
}
