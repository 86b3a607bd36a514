import type { OrganiserRole } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A signed-in organiser, as the dashboard's domain functions see them; `locale` is the dashboard
 * language they chose (absent or null until they choose one).
 */
export type Actor = { userId: string; organiserId: string; email: string; role: OrganiserRole; locale?: Locale | null };

/** Admins may do everything organisers may. */
export function hasRole(actor: Pick<Actor, 'role'>, needed: OrganiserRole): boolean {
  return needed === 'organiser' || actor.role === 'admin';
}
