import type { OrganiserRole } from '@/db/schema';

/** A signed-in organiser, as the dashboard's domain functions see them. */
export type Actor = { userId: string; organiserId: string; email: string; role: OrganiserRole };

/** Admins may do everything organisers may. */
export function hasRole(actor: Pick<Actor, 'role'>, needed: OrganiserRole): boolean {
  return needed === 'organiser' || actor.role === 'admin';
}
