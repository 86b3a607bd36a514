import { env, isLocalUrl, type Env } from '@/lib/env';
import { appUrl } from '@/lib/site-url';

/** The zero-config admin of a platform that runs only on this machine. */
// `.localhost` is reserved (RFC 6761): no real mailbox can have this address.
export const LOCAL_ADMIN_EMAIL = 'admin@yntymaq.localhost';

/**
 * The admins named by ADMIN_EMAILS. Unset on a platform served at a local address, it is
 * `admin@yntymaq.localhost`, so a newcomer on `npm start` can sign in at once (the link lands in the local
 * mailbox); unset elsewhere, it is nobody.
 */
export function adminEmails(config: Env = env()): string[] {
  if (config.ADMIN_EMAILS) return config.ADMIN_EMAILS;
  return isLocalUrl(appUrl(config)) ? [LOCAL_ADMIN_EMAIL] : [];
}
