import { defaultLocale } from '@/lib/i18n/locales';
import { mailSettings } from '@/lib/mail/settings';
import { readUnsubscribeToken, unsubscribe } from '@/lib/mail/unsubscribe';

export const dynamic = 'force-dynamic';

const plain = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

/** RFC 8058 one-click: the mail client POSTs `List-Unsubscribe=One-Click` here; we unsubscribe at once. */
export async function POST(request: Request) {
  const result = await unsubscribe(new URL(request.url).searchParams.get('token'));
  if (!result.ok) return new Response('This unsubscribe link is not valid.\n', { status: 400, headers: plain });
  return new Response('Unsubscribed.\n', { status: 200, headers: plain });
}

/** A person who opens the link (or a scanner that prefetches it) gets a page with a button: a GET changes nothing. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const locale = readUnsubscribeToken(token)?.locale ?? defaultLocale;
  const page = new URL(`/${locale}/unsubscribe`, mailSettings().appUrl);
  page.searchParams.set('token', token);
  return Response.redirect(page, 303);
}
