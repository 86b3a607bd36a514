import 'server-only';
import { createHash, createHmac } from 'node:crypto';
import { appSecret } from '@/lib/secrets/app-secret';

/** A keyed hash: the same input always gives the same output, but not without the platform secret. */
export function keyedHash(purpose: string, value: string): string {
  return createHmac('sha256', appSecret()).update(purpose).update('\0').update(value).digest('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}
