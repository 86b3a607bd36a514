import { db } from '@/db/client';
import { pauseTargetsAddressed } from '@/lib/letters/targets';
import { handleResendWebhook } from '@/lib/mail/webhook';

export const dynamic = 'force-dynamic';

/** Resend's delivery events. The body is read raw: the svix signature covers the exact bytes. */
export async function POST(request: Request) {
  const outcome = await handleResendWebhook(await request.text(), request.headers);
  // A bounce or complaint from a letter target's address pauses that target for organisers to look at.
  for (const { email, reason } of outcome.suppressed ?? []) await pauseTargetsAddressed(db(), email, reason);
  return new Response(`${outcome.message}\n`, { status: outcome.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
