import { createTranslator } from 'next-intl';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { signPetition } from './sign';

// The JSON API of signing, `POST /api/petitions/:slug/signatures`, without the framework: text in,
// status and body out. The Next.js route and the production server's direct path for this hot
// endpoint (scripts/server.ts) both answer through it, so they cannot drift apart.

/** The largest body a signature can need, with room to spare; anything bigger is refused unread. */
export const MAX_SIGN_BODY = 16_384;

export type SignApiAnswer = { status: 202 | 400 | 404 | 409 | 413 | 415 | 422; body: Record<string, unknown> };

const messages = { en, ru, kk } satisfies Record<Locale, unknown>;

/**
 * JSON only: a form post goes through the sign form's action, and a cross-site form (text/plain,
 * urlencoded) cannot send `application/json` without the browser asking this server first (CORS).
 */
export function isJsonContentType(value: string | null | undefined): boolean {
  return (value ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** What the API answers before reading a body of this type and declared length. */
export function refuseBeforeReading(contentType: string | null | undefined, contentLength: string | null | undefined): SignApiAnswer | null {
  if (!isJsonContentType(contentType)) return { status: 415, body: { error: 'unsupported_media_type' } };
  if (Number(contentLength ?? 0) > MAX_SIGN_BODY) return { status: 413, body: { error: 'too_large' } };
  return null;
}

/**
 * Signs with JSON, through the same schema as the form: 202 when accepted (a confirmation mail is
 * on its way, or the address had signed before — the answer does not say which), 422 with field
 * errors in the requested language, 404 or 409 for unknown or closed petitions.
 */
export async function answerSignRequest(slug: string, text: string, ip: string | null): Promise<SignApiAnswer> {
  if (text.length > MAX_SIGN_BODY) return { status: 413, body: { error: 'too_large' } };
  // PostgreSQL cannot store a NUL in text: refuse it here rather than per field.
  if (text.includes('\\u0000') || text.includes('\u0000')) return { status: 400, body: { error: 'invalid_json' } };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: 400, body: { error: 'invalid_json' } };
  }
  const outcome = await signPetition(slug, body, { ip });
  if (outcome.ok) return { status: 202, body: { status: 'check_your_email' } };
  if (outcome.error === 'not_found') return { status: 404, body: { error: 'not_found' } };
  if (outcome.error === 'closed') return { status: 409, body: { error: 'closed' } };
  const requested = (body as { locale?: unknown } | null)?.locale;
  const locale = isLocale(requested) ? requested : 'en';
  const t = createTranslator({ locale, messages: messages[locale] as typeof en, namespace: 'Sign.errors' });
  const errors = Object.fromEntries(
    Object.entries(outcome.errors).map(([field, keys]) => [field, keys!.map((key) => ({ code: key, message: t(key) }))]),
  );
  return { status: 422, body: { error: 'invalid', errors } };
}
