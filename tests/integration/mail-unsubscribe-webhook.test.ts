import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Webhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { mailSuppressions } from '@/db/schema';
import { isSuppressed } from '@/lib/mail/suppression';
import { unsubscribeToken, unsubscribeUrl } from '@/lib/mail/unsubscribe';
import { handleResendWebhook } from '@/lib/mail/webhook';
import { GET, POST } from '@/app/api/unsubscribe/route';
import { uniqueEmail } from '../support/builders';
import { useTestDatabase } from '../support/database';

useTestDatabase();

const list = 'case-updates.roza';

describe('one-click unsubscribe', () => {
  it('unsubscribes at once on the one-click POST and answers 200', async () => {
    const email = uniqueEmail('leaving');
    const url = unsubscribeUrl('http://localhost:3000', { email, listId: list, locale: 'ru' });
    const response = await POST(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    expect(response.status).toBe(200);
    expect(await isSuppressed(email, list)).toBe(true);
    // Only from that list: other lists and transactional mail still reach the address.
    expect(await isSuppressed(email, 'case-updates.other')).toBe(false);
    expect(await isSuppressed(email, null)).toBe(false);
  });

  it('shows a page with a button on GET and changes nothing', async () => {
    const email = uniqueEmail('looking');
    const url = unsubscribeUrl('http://localhost:3000', { email, listId: list, locale: 'kk' });
    const response = await GET(new Request(url));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.pathname).toBe('/kk/unsubscribe');
    expect(location.searchParams.get('token')).toBe(new URL(url).searchParams.get('token'));
    expect(await db().select().from(mailSuppressions).where(eq(mailSuppressions.email, email))).toHaveLength(0);
  });

  it('refuses a token that was tampered with', async () => {
    const email = uniqueEmail('victim');
    const token = unsubscribeToken({ email, listId: list, locale: 'en' });
    const [payload, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ e: uniqueEmail('other'), l: list, k: 'en' })).toString('base64url')}.${signature}`;
    for (const bad of [forged, `${payload}.${signature!.slice(0, -2)}`, payload!, '']) {
      const response = await POST(new Request(`http://localhost:3000/api/unsubscribe?token=${bad}`, { method: 'POST' }));
      expect(response.status).toBe(400);
    }
    expect(await isSuppressed(email, list)).toBe(false);
  });
});

describe('Resend webhook', () => {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const signed = (event: unknown, key = secret) => {
    const body = JSON.stringify(event);
    const id = `msg_${randomBytes(6).toString('hex')}`;
    const now = new Date();
    const headers = new Headers({
      'svix-id': id,
      'svix-timestamp': String(Math.floor(now.getTime() / 1000)),
      'svix-signature': new Webhook(key).sign(id, now, body),
      'content-type': 'application/json',
    });
    return { body, headers };
  };

  it('suppresses a bounced or complaining address on every list when the signature is good', async () => {
    const bounced = uniqueEmail('bounced');
    const complained = uniqueEmail('complained');
    for (const [type, to] of [
      ['email.bounced', bounced],
      ['email.complained', complained],
    ] as const) {
      const { body, headers } = signed({ type, created_at: new Date().toISOString(), data: { email_id: 'e1', to: [to] } });
      expect(await handleResendWebhook(body, headers, secret)).toMatchObject({ status: 200 });
    }
    expect(await isSuppressed(bounced, null)).toBe(true);
    expect(await isSuppressed(complained, list)).toBe(true);
    const [row] = await db().select().from(mailSuppressions).where(eq(mailSuppressions.email, bounced));
    expect(row).toMatchObject({ reason: 'bounce', listId: null });
  });

  it('rejects a bad or missing signature with 401 and changes nothing', async () => {
    const victim = uniqueEmail('victim');
    const event = { type: 'email.bounced', data: { to: [victim] } };
    const wrongKey = signed(event, `whsec_${randomBytes(24).toString('base64')}`);
    expect(await handleResendWebhook(wrongKey.body, wrongKey.headers, secret)).toMatchObject({ status: 401 });
    const good = signed(event);
    // The signature covers the raw body: the same event re-serialised differently does not verify.
    expect(await handleResendWebhook(JSON.stringify(event, null, 2), good.headers, secret)).toMatchObject({ status: 401 });
    expect(await handleResendWebhook(good.body, new Headers(), secret)).toMatchObject({ status: 401 });
    expect(await handleResendWebhook(good.body, good.headers, undefined)).toMatchObject({ status: 401 });
    expect(await isSuppressed(victim, null)).toBe(false);
  });

  it('accepts other events without suppressing anyone', async () => {
    const reader = uniqueEmail('reader');
    const { body, headers } = signed({ type: 'email.delivered', data: { to: [reader] } });
    expect(await handleResendWebhook(body, headers, secret)).toMatchObject({ status: 200 });
    expect(await isSuppressed(reader, null)).toBe(false);
  });
});
