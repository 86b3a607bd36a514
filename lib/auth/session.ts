import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { OrganiserRole } from '@/db/schema';
import { hasRole, type Actor } from '@/lib/actor';
import { auth, SIGN_IN_PAGE } from './config';
import { actorForUser } from './queries';

/**
 * The signed-in, active organiser of this request, or null (no cookie, forged, expired or revoked).
 * Read once per request: the page's role check and the dashboard's language both ask.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? actorForUser(userId) : null;
});

/**
 * For pages and server actions: the signed-in organiser if they have the role; otherwise a
 * redirect to the sign-in page (nobody signed in) or a 403 (signed in without the role).
 */
export async function requireRole(role: OrganiserRole): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(SIGN_IN_PAGE);
  if (!hasRole(actor, role)) forbidden();
  return actor;
}

/** For route handlers: the organiser, or the 401/403 response to return instead. */
export async function authorizeRequest(role: OrganiserRole): Promise<{ actor: Actor } | { response: Response }> {
  const actor = await currentActor();
  if (!actor) return { response: new Response('Sign in first.', { status: 401 }) };
  if (!hasRole(actor, role)) return { response: new Response('Not allowed.', { status: 403 }) };
  return { actor };
}
