import { Webhook } from 'svix';
import { z } from 'zod';
import { db } from '@/db/client';
import { env } from '@/lib/env';
import type { Executor } from '@/db/tx';
import { suppress } from './suppression';

const eventSchema = z.object({
  type: z.string(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.union([z.string(), z.array(z.string())]).optional(),
    })
    .loose(),
});

export type WebhookOutcome = { status: 200 | 400 | 401; message: string; suppressed?: { email: string; reason: 'bounce' | 'complaint' }[] };

/**
 * A Resend webhook call: verified with svix on the exact raw body (re-serialised JSON would not
 * verify), then bounces and complaints suppress the address on every list. A bounce here is a
 * permanent one (Resend reports temporary trouble as `email.delivery_delayed`).
 */
export async function handleResendWebhook(
  rawBody: string,
  headers: Headers,
  secret: string | undefined = env().RESEND_WEBHOOK_SECRET,
  executor: Executor = db(),
): Promise<WebhookOutcome> {
  if (!secret) return { status: 401, message: 'webhooks are not configured (RESEND_WEBHOOK_SECRET)' };
  let payload: unknown;
  try {
    payload = new Webhook(secret).verify(rawBody, {
      'svix-id': headers.get('svix-id') ?? '',
      'svix-timestamp': headers.get('svix-timestamp') ?? '',
      'svix-signature': headers.get('svix-signature') ?? '',
    });
  } catch {
    return { status: 401, message: 'invalid signature' };
  }
  const event = eventSchema.safeParse(payload);
  if (!event.success) return { status: 400, message: 'unexpected event' };
  const reason = event.data.type === 'email.bounced' ? 'bounce' : event.data.type === 'email.complained' ? 'complaint' : null;
  if (!reason) return { status: 200, message: `ignored ${event.data.type}` };
  const to = event.data.data.to;
  const addresses = Array.isArray(to) ? to : to ? [to] : [];
  for (const email of addresses) {
    await suppress({ email, reason, listId: null, note: event.data.data.email_id ? `resend ${event.data.data.email_id}` : undefined }, executor);
  }
  return { status: 200, message: `suppressed ${addresses.length}`, suppressed: addresses.map((email) => ({ email, reason })) };
}
