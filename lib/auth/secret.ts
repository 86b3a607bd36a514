import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';
import { appSecret } from '@/lib/secrets/app-secret';

/**
 * The key Auth.js hashes sign-in tokens with (and we hash IP addresses with): AUTH_SECRET when set;
 * otherwise derived from the platform's secret (APP_SECRET, or the one kept in DATA_DIR), so a
 * zero-config start needs nothing and sessions survive a restart. Derived, not reused: a key
 * leaking from one use does not give away the other.
 */
export function authSecret(): string {
  return env().AUTH_SECRET ?? createHmac('sha256', appSecret()).update('yntymaq organiser sign-in').digest('base64url');
}
