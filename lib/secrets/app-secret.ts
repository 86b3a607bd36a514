import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

let cached: string | undefined;

/**
 * The key that signs links we mail out. APP_SECRET when set; otherwise one generated on first use
 * and kept in DATA_DIR, so that links stay valid across restarts and the web and worker processes
 * of one machine agree on it without any setup.
 */
export function appSecret(): string {
  if (cached) return cached;
  const config = env();
  if (config.APP_SECRET) return (cached = config.APP_SECRET);
  const file = path.resolve(config.DATA_DIR, 'app-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const fresh = randomBytes(32).toString('base64url');
    try {
      // `wx`: when two processes start together, the first one to write wins and both read its key.
      writeFileSync(file, `${fresh}\n`, { flag: 'wx', mode: 0o600 });
      cached = fresh;
    } catch {
      cached = readFileSync(file, 'utf8').trim();
    }
  }
  if (!cached || cached.length < 32) throw new Error(`${file} does not hold a usable secret; delete it to have a new one made.`);
  return cached;
}
