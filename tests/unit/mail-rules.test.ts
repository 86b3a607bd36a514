import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { isDeliverableAddress } from '@/lib/mail/address';
import { RateLimiter } from '@/lib/mail/rate-limit';
import { mailboxEnabled } from '@/lib/mail/settings';
import { parseRetryAfter, requestedWait } from '@/lib/mail/transport';
import { readUnsubscribeToken, unsubscribeToken } from '@/lib/mail/unsubscribe';

const secret = 'a'.repeat(40);

describe('mail rules', () => {
  it('accepts real addresses and refuses the rest before anything is sent', () => {
    expect(isDeliverableAddress('aigerim@example.kz')).toBe(true);
    for (const bad of ['', 'aigerim', 'aigerim@', '@example.kz', 'a b@example.kz', 'a@@example.kz', `${'a'.repeat(250)}@x.kz`]) {
      expect(isDeliverableAddress(bad)).toBe(false);
    }
  });

  it('signs unsubscribe tokens so that only we can make one', () => {
    const token = unsubscribeToken({ email: 'Aigerim@Example.kz', listId: 'case-updates.roza', locale: 'kk' }, secret);
    expect(readUnsubscribeToken(token, secret)).toEqual({ email: 'aigerim@example.kz', listId: 'case-updates.roza', locale: 'kk' });
    expect(readUnsubscribeToken(token, 'b'.repeat(40))).toBeNull();
    expect(readUnsubscribeToken(`${token}x`, secret)).toBeNull();
    expect(readUnsubscribeToken('not-a-token', secret)).toBeNull();
  });

  it('reads how long the provider asks us to wait', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
    expect(requestedWait({ 'retry-after': '3' })).toBe(3000);
    expect(requestedWait({ 'ratelimit-remaining': '0', 'ratelimit-reset': '1' })).toBe(1000);
    expect(requestedWait({ 'ratelimit-remaining': '4', 'ratelimit-reset': '1' })).toBeUndefined();
    expect(requestedWait(null)).toBeUndefined();
  });

  it('spaces requests to the configured rate and waits out a pause', async () => {
    const limiter = new RateLimiter(20);
    const started = Date.now();
    for (let i = 0; i < 5; i += 1) await limiter.take();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    limiter.pauseFor(300);
    const paused = Date.now();
    await limiter.take();
    expect(Date.now() - paused).toBeGreaterThanOrEqual(280);
    limiter.pauseFor(10_000);
    expect(await limiter.take(Date.now() + 100)).toBe(false);
  });

  it('refuses a public APP_URL with no Resend key, in one line', () => {
    expect(() => parseEnv({ APP_URL: 'https://yntymaq.org' })).toThrow(/^Missing environment variable RESEND_API_KEY: [^\n]+$/);
    expect(parseEnv({ APP_URL: 'https://yntymaq.org', RESEND_API_KEY: 're_x' }).RESEND_API_KEY).toBe('re_x');
    expect(parseEnv({ APP_URL: 'http://localhost:3000' }).MAIL_RATE_PER_SECOND).toBe(2);
    expect(() => parseEnv({ MAIL_RATE_PER_SECOND: '0' })).toThrow(/MAIL_RATE_PER_SECOND/);
  });

  it('opens the local mailbox only where mail goes to it and nobody else can read it', () => {
    expect(mailboxEnabled(parseEnv({}))).toBe(true);
    expect(mailboxEnabled(parseEnv({ APP_URL: 'http://127.0.0.1:3000' }))).toBe(true);
    expect(mailboxEnabled(parseEnv({ RESEND_API_KEY: 're_x' }))).toBe(false);
    expect(mailboxEnabled(parseEnv({ APP_URL: 'https://yntymaq.org', RESEND_API_KEY: 're_x' }))).toBe(false);
    expect(mailboxEnabled(parseEnv({ APP_URL: 'https://staging.yntymaq.org', MAILBOX_ENABLED: 'true' }))).toBe(true);
  });
});
