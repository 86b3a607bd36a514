import { env } from '@/lib/env';

/** AUTH_SECRET, which `npm start` and the test servers always set (generating one when unset). */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: start the platform with `npm start`, which generates one.');
  return secret;
}
