import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/** AUTH_SECRET, which `npm start` and the test servers always set (generating one when unset). */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: start the platform with `npm start`, which generates one.');
  return secret;
}

/**
 * For a zero-config start: a secret generated once and kept under DATA_DIR, so sessions and
 * sign-in links survive a restart. Readable by this user only.
 */
export function persistentAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
