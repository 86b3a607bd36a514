import { z } from 'zod';

// One schema for every variable the platform reads, so a bad value stops the start with one clear
// line instead of failing later somewhere deep.
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  /**
   * PostgreSQL itself when DATABASE_URL goes through a pooler in transaction mode: LISTEN (cache
   * invalidation) and the migrations' advisory lock need a session of their own.
   */
  DATABASE_DIRECT_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  /** `false` behind PgBouncer older than 1.21 in transaction mode (or put `?pgbouncer=true` on DATABASE_URL). */
  DATABASE_PREPARE: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  /** Web processes `npm start` runs (one per core when unset). */
  WEB_CONCURRENCY: z.coerce.number({ error: 'must be a whole number of processes' }).int().min(1, 'must be at least 1').max(64).optional(),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1, 'must be a port number').max(65535, 'must be a port number').default(3000),
  /** Address to listen on; unset: loopback in local mode (see listenAddress). */
  HOSTNAME: z.string().min(1).optional(),
  APP_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  /** Addresses that are always admins: the first people who can sign in to the dashboard. */
  ADMIN_EMAILS: z
    .string()
    .transform((list) => list.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.email({ error: 'must be comma-separated email addresses' })))
    .optional(),
  /** Signs the sign-in tokens and hashes IP addresses; generated once under DATA_DIR when unset. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),

  // Mail. Without RESEND_API_KEY every message goes to the local mailbox at /dev/mailbox.
  RESEND_API_KEY: z.string().min(1).optional(),
  /** Read by the Resend SDK itself; tests point it at tests/support/resend-server.ts. */
  RESEND_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  /** The `whsec_…` signing secret of the Resend webhook; without it every webhook call is refused. */
  RESEND_WEBHOOK_SECRET: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Yntymaq <noreply@yntymaq.localhost>'),
  /** From address of bulk mail (case updates), kept apart so its reputation cannot hurt sign-in links. */
  MAIL_FROM_BULK: z.string().min(3).optional(),
  /** Ceiling on requests to the provider per second, per worker process (Resend's default limit is 2). */
  MAIL_RATE_PER_SECOND: z.coerce.number().positive().default(2),
  /** Delivery jobs one worker process runs at once. */
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** How long one delivery job may run before it is taken for dead and retried elsewhere. */
  MAIL_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(3600).default(180),
  /** First delay between retries of a job; it doubles on each retry. */
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(10),
  /** Retries of a job before its messages are marked failed (with the default delay: about 11 hours). */
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(30).default(12),
  /** Shows /dev/mailbox even when APP_URL is not local (a staging demo); never when RESEND_API_KEY is set. */
  MAILBOX_ENABLED: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true'),
  /** Signs unsubscribe links. Without it a random one is generated once and kept in DATA_DIR. */
  APP_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),

  // Petitions.
  /** Signatures one IP address may give one petition in an hour before further ones are flagged. */
  SIGN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  /** The same for one email domain (large public mail providers are exempt). */
  SIGN_LIMIT_PER_DOMAIN: z.coerce.number().int().min(1).default(100),
  /** The hourly check flags a petition when one IP hash or domain gave more than this in an hour. */
  SIGN_ALERT_PER_HOUR: z.coerce.number().int().min(1).default(200),
  /** Reverse proxies in front of the server that append to X-Forwarded-For (0: none). */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),

  // Pickets.
  /** Reminders to attendees, in minutes before the start, comma-separated (default: a day and an hour). */
  PICKET_REMINDERS: z
    .string()
    .default('1440,60')
    .transform((list) => list.split(',').map((m) => m.trim()).filter(Boolean).map(Number))
    .pipe(z.array(z.number().int().min(1).max(20_160), { error: 'must be comma-separated minutes before the start, e.g. 1440,60' })),
});

export type Env = z.infer<typeof envSchema>;

/** True for a URL only this machine can reach: no real person could read mail sent from it. */
export function isLocalUrl(url: string | undefined): boolean {
  if (!url) return true;
  const host = new URL(url).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';
}

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
  const parsed = result.data;
  if (!isLocalUrl(parsed.APP_URL) && !parsed.RESEND_API_KEY && !parsed.MAILBOX_ENABLED) {
    throw new EnvError(
      `Missing environment variable RESEND_API_KEY: APP_URL ${parsed.APP_URL} is public, and without a Resend key mail would only reach the local mailbox (set MAILBOX_ENABLED=true if that is what you want).`,
    );
  }
  return parsed;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/**
 * The address the web server listens on. Unset, a platform with a local APP_URL listens on
 * loopback only: its mailbox shows every sign-in link and its admin is the well-known
 * admin@yntymaq.localhost, so nobody else on the network may reach it. `HOSTNAME=0.0.0.0` opts in.
 * A HOSTNAME equal to the machine's own name is what shells and containers export, not a choice.
 */
export function listenAddress(config: Env = env(), machineName?: string): string {
  const chosen = config.HOSTNAME && config.HOSTNAME !== machineName ? config.HOSTNAME : undefined;
  return chosen ?? (isLocalUrl(config.APP_URL) ? '127.0.0.1' : '0.0.0.0');
}

/** For the command-line entry points: a bad variable ends the process with its one-line message. */
export function parseEnvOrExit(): Env {
  try {
    return parseEnv();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
