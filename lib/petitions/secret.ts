import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

let cached: Buffer | undefined;

/**
 * The platform's secret: APP_SECRET when set, otherwise one generated on first use and kept in
 * DATA_DIR so that links in mails already sent keep working after a restart.
 */
export function platformSecret(): Buffer {
  if (cached) return cached;
  const configured = env().APP_SECRET;
  if (configured) return (cached = Buffer.from(configured, 'utf8'));
  const file = path.join(env().DATA_DIR, 'app-secret');
  try {
    cached = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const fresh = randomBytes(32).toString('base64url');
    // `wx`: if another process wrote it first, read theirs instead of overwriting.
    try {
      writeFileSync(file, fresh, { flag: 'wx', mode: 0o600 });
    } catch {
      /* written by a process that started at the same time */
    }
    cached = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  }
  return cached;
}

/** A keyed hash: the same input always gives the same output, but not without the secret. */
export function keyedHash(purpose: string, value: string): string {
  return createHmac('sha256', platformSecret()).update(purpose).update('\0').update(value).digest('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}
