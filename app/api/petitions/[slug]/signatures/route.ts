import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { requestIp } from '@/lib/security/client-ip';
import { signPetition } from '@/lib/petitions/sign';
import { smallJson } from '@/lib/http/small-response';

export const dynamic = 'force-dynamic';

/** The largest body a signature can need, with room to spare; anything bigger is refused unread. */
const MAX_BODY = 16_384;

/**
 * Signs with JSON, through the same schema as the form: 202 when accepted (a confirmation mail is
 * on its way, or the address had signed before — the answer does not say which), 422 with field
 * errors in the requested language, 404 or 409 for unknown or closed petitions.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // A form post goes through the sign form's action; this API takes JSON only, which a cross-site
  // form (text/plain, urlencoded) cannot send without a CORS preflight.
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return smallJson({ error: 'unsupported_media_type' }, { status: 415 });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) {
    return smallJson({ error: 'too_large' }, { status: 413 });
  }
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY) return smallJson({ error: 'too_large' }, { status: 413 });
    // PostgreSQL cannot store a NUL in text: refuse it here rather than per field.
    if (text.includes('\\u0000') || text.includes('\u0000')) return smallJson({ error: 'invalid_json' }, { status: 400 });
    body = JSON.parse(text);
  } catch {
    return smallJson({ error: 'invalid_json' }, { status: 400 });
  }
  const ip = requestIp(request.headers);
  const outcome = await signPetition(slug, body, { ip });
  if (outcome.ok) return smallJson({ status: 'check_your_email' }, { status: 202 });
  if (outcome.error === 'not_found') return smallJson({ error: 'not_found' }, { status: 404 });
  if (outcome.error === 'closed') return smallJson({ error: 'closed' }, { status: 409 });
  const requested = (body as { locale?: unknown } | null)?.locale;
  const t = await getTranslations({ locale: isLocale(requested) ? requested : 'en', namespace: 'Sign.errors' });
  const errors = Object.fromEntries(
    Object.entries(outcome.errors).map(([field, keys]) => [field, keys!.map((key) => ({ code: key, message: t(key) }))]),
  );
  return smallJson({ error: 'invalid', errors }, { status: 422 });
}
