import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/db/client';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { normalizeAddress } from './address';
import type { Executor } from '@/db/tx';
import { appSecret } from '@/lib/secrets/app-secret';
import { suppress } from './suppression';

export type UnsubscribeSubject = { email: string; listId: string; locale: Locale };

const payloadSchema = z.object({ e: z.string().min(3), l: z.string().min(1), k: z.string().refine(isLocale) });

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`unsubscribe\n${payload}`).digest('base64url');
}

/**
 * A token that names an address and a list, signed with the app secret so nobody can unsubscribe
 * someone else. It does not expire: an unsubscribe link in an old email must keep working.
 */
export function unsubscribeToken(subject: UnsubscribeSubject, secret = appSecret()): string {
  const payload = Buffer.from(JSON.stringify({ e: normalizeAddress(subject.email), l: subject.listId, k: subject.locale })).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The subject of a token, or null when it was not signed by us or was cut short. */
export function readUnsubscribeToken(token: string | null | undefined, secret = appSecret()): UnsubscribeSubject | null {
  if (!token) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success ? { email: parsed.data.e, listId: parsed.data.l, locale: parsed.data.k as Locale } : null;
  } catch {
    return null;
  }
}

/** The HTTPS one-click URL (RFC 8058) that goes into List-Unsubscribe and the footer of bulk mail. */
export function unsubscribeUrl(appUrl: string, subject: UnsubscribeSubject, secret = appSecret()): string {
  return `${appUrl}/api/unsubscribe?token=${unsubscribeToken(subject, secret)}`;
}

/** Unsubscribes at once. An invalid token is an expected failure: the caller tells the person so. */
export async function unsubscribe(
  token: string | null | undefined,
  executor: Executor = db(),
): Promise<{ ok: true; subject: UnsubscribeSubject } | { ok: false; reason: 'invalid_token' }> {
  const subject = readUnsubscribeToken(token);
  if (!subject) return { ok: false, reason: 'invalid_token' };
  await suppress({ email: subject.email, listId: subject.listId, reason: 'unsubscribe' }, executor);
  return { ok: true, subject };
}
