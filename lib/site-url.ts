import { env, type Env } from '@/lib/env';

/** The public address of the platform, used in emailed links. */
export function appUrl(config: Env = env()): string {
  return (config.APP_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}
