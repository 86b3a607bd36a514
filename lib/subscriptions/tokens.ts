import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appSecret } from '@/lib/secrets/app-secret';
import { sha256 } from '@/lib/secrets/hashing';

/** Days a confirmation link works after it was mailed. */
export const CONFIRM_DAYS = 7;
/** Days a preference link works after it was made. */
export const PREFERENCES_DAYS = 30;

/** A fresh confirmation token: mailed once, only its hash is stored. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

export function confirmTokenHash(token: string): string | null {
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? sha256(token) : null;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`subscription-preferences\n${payload}`).digest('base64url');
}

/**
 * A link to one subscriber's preferences, signed with the app secret and good until `expires`:
 * whoever holds it may change what that address receives, so it must not live for ever.
 */
export function preferencesToken(subscriberId: string, now = new Date(), secret = appSecret()): string {
  const expires = Math.floor(now.getTime() / 1000) + PREFERENCES_DAYS * 86_400;
  const payload = `${subscriberId}.${expires.toString(36)}`;
  return `${payload}.${sign(payload, secret)}`;
}

export type PreferencesTokenCheck = { ok: true; subscriberId: string } | { ok: false; reason: 'invalid' | 'expired' };

export function readPreferencesToken(token: string | null | undefined, now = new Date(), secret = appSecret()): PreferencesTokenCheck {
  const parts = (token ?? '').split('.');
  if (parts.length !== 3) return { ok: false, reason: 'invalid' };
  const [id, expires, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${id}.${expires}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  if (!/^[0-9a-f-]{36}$/.test(id)) return { ok: false, reason: 'invalid' };
  if (parseInt(expires, 36) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, subscriberId: id };
}
