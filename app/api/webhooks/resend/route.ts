import { handleResendWebhook } from '@/lib/mail/webhook';

export const dynamic = 'force-dynamic';

/** Resend's delivery events. The body is read raw: the svix signature covers the exact bytes. */
export async function POST(request: Request) {
  const outcome = await handleResendWebhook(await request.text(), request.headers);
  return new Response(`${outcome.message}\n`, { status: outcome.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
