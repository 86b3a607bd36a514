import { allowSignInAttempt } from './rate-limit';
import { activeOrganiser } from './queries';

export type SignInOutcome = 'sent' | 'rate-limited';

/**
 * Handles a request for a sign-in link. Only an active organiser gets one, but the answer is the
 * same for any address, so the page never tells who is an organiser. Rate-limited per address and
 * per (hashed) IP address before anything else.
 */
export async function requestSignIn(
  email: string,
  ip: string,
  secret: string,
  send: (email: string) => Promise<unknown>,
): Promise<SignInOutcome> {
  if (!(await allowSignInAttempt(email, ip, secret))) return 'rate-limited';
  const organiser = await activeOrganiser(email);
  if (organiser) await send(organiser.email.toLowerCase());
  return 'sent';
}
