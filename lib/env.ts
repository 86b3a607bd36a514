import { z } from 'zod';

/**
 * An email address as far as we need to know: one @ with something on each side and no spaces.
 * Looser than z.email() on purpose: `admin@localhost`, the zero-config admin, has no dot.
 */
export const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+$/;

// One schema for every variable the platform reads, so a bad value stops the start with one clear
// line instead of failing later somewhere deep.
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default('0.0.0.0'),
  APP_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  /** Addresses that are always admins: the first people who can sign in to the dashboard. */
  ADMIN_EMAILS: z
    .string()
    .transform((list) => list.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(EMAIL_ADDRESS, 'must be comma-separated email addresses')))
    .optional(),
  /** Signs the sign-in tokens and hashes IP addresses; generated once under DATA_DIR when unset. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset: `FOO= npm start` should behave like no FOO at all.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = issue.path.join('.');
    throw new EnvError(`Invalid environment variable ${name}: ${issue.message}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Whether the platform is served only on this machine (so a zero-config admin is harmless). */
export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** The public address of the platform, used in emailed links. */
export function appUrl(config: Env = env()): string {
  return (config.APP_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}

/** The zero-config admin of a platform that runs only on this machine. */
export const LOCAL_ADMIN_EMAIL = 'admin@localhost';

/**
 * The admins named by ADMIN_EMAILS. Unset on a platform served at a local address, it is
 * `admin@localhost`, so a newcomer on `npm start` can sign in at once (the link lands in the local
 * mailbox); unset elsewhere, it is nobody.
 */
export function adminEmails(config: Env = env()): string[] {
  if (config.ADMIN_EMAILS) return config.ADMIN_EMAILS;
  return isLocalUrl(appUrl(config)) ? [LOCAL_ADMIN_EMAIL] : [];
}
