import { getTranslations } from 'next-intl/server';
import { smallJson } from '@/lib/http/small-response';
import { isLocale } from '@/lib/i18n/locales';
import { writeLetter } from '@/lib/letters/write';
import { requestIp } from '@/lib/security/client-ip';

export const dynamic = 'force-dynamic';

/** The largest body a letter can need (5,000 characters, up to 4 bytes each, and the rest), refused unread beyond. */
const MAX_BODY = 65_536;

/**
 * Writes a letter with JSON, through the same schema as the form: 202 when accepted (a confirmation
 * mail is on its way — or a rule caught it; the answer does not say), 422 with field errors in the
 * requested language, 404 or 409 for unknown or closed actions.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // JSON only, which a cross-site form (text/plain, urlencoded) cannot send without a CORS preflight.
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return smallJson({ error: 'unsupported_media_type' }, { status: 415 });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return smallJson({ error: 'too_large' }, { status: 413 });
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY) return smallJson({ error: 'too_large' }, { status: 413 });
    body = JSON.parse(text);
    // A NUL in any field is that field's error (the schema refuses control characters): none reaches PostgreSQL.
  } catch {
    return smallJson({ error: 'invalid_json' }, { status: 400 });
  }
  const outcome = await writeLetter(slug, body, { ip: requestIp(request.headers) });
  if (outcome.ok) return smallJson({ status: 'check_your_email' }, { status: 202 });
  if (outcome.error === 'not_found') return smallJson({ error: 'not_found' }, { status: 404 });
  if (outcome.error === 'closed') return smallJson({ error: 'closed' }, { status: 409 });
  const requested = (body as { locale?: unknown } | null)?.locale;
  const t = await getTranslations({ locale: isLocale(requested) ? requested : 'en', namespace: 'Letters.errors' });
  const errors = Object.fromEntries(Object.entries(outcome.errors).map(([field, keys]) => [field, keys!.map((key) => ({ code: key, message: t(key) }))]));
  return smallJson({ error: 'invalid', errors }, { status: 422 });
}
