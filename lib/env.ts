import { z } from 'zod';

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
  /** Keys confirmation links and IP hashes; generated once under DATA_DIR when unset. */
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Signatures one IP address may give one petition in an hour before further ones are flagged. */
  SIGN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  /** The same for one email domain (large public mail providers are exempt). */
  SIGN_LIMIT_PER_DOMAIN: z.coerce.number().int().min(1).default(100),
  /** The hourly check flags a petition when one IP hash or domain gave more than this in an hour. */
  SIGN_ALERT_PER_HOUR: z.coerce.number().int().min(1).default(200),
  /** Reverse proxies in front of the server that append to X-Forwarded-For (0: none). */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),
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
