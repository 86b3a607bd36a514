// Subscribing to a case's updates, confirming by mail, and the preferences page behind every mail's link.
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { mailMessages, signatures, subscribers, subscriptions } from '@/db/schema';
import { canonicalEmail } from '@/lib/email-address/canonical';
import { closeProducer } from '@/lib/mail/queue';
import { isSuppressed } from '@/lib/mail/suppression';
import { confirmSignature } from '@/lib/petitions/confirm';
import { signPetition } from '@/lib/petitions/sign';
import { signatureToken } from '@/lib/petitions/tokens';
import { leaveEverything, readPreferences, savePreferences } from '@/lib/subscriptions/preferences';
import { confirmSubscription, subscribe, UPDATES_LIST_ID } from '@/lib/subscriptions/subscribe';
import { preferencesToken } from '@/lib/subscriptions/tokens';
import { fanOutUpdate } from '@/lib/updates/fanout';
import { aPublishedUpdate, aSubscriber, caseIdOf, confirmTokenFor, uniqueEmail, updateMessages } from '../support/builders';
import { useTestDatabase } from '../support/database';

useTestDatabase({ seed: true });
afterEach(async () => {
  await db().execute(sql`delete from pgboss.job where name = 'mail-delivery'`).catch(() => {});
});
afterAll(closeProducer);

describe('subscribing', () => {
  it('refuses bad input field by field, with the typed values kept', async () => {
    expect(await subscribe({ email: 'not-an-address', language: 'ru', case: 'all' })).toEqual({
      ok: false,
      errors: { email: 'invalidEmail' },
      values: { email: 'not-an-address', language: 'ru', case: 'all' },
    });
    expect(await subscribe({ email: uniqueEmail(), language: 'de', case: 'all' })).toMatchObject({ ok: false, errors: { language: 'invalidLanguage' } });
    expect(await subscribe({ email: uniqueEmail(), language: 'en', case: 'no-such-person' })).toMatchObject({ ok: false, errors: { case: 'unknownCase' } });
    expect(await subscribe({})).toMatchObject({ ok: false, errors: { email: 'required' } });
  });

  it('sends only the confirmation until the link is followed, and answers the same for a known address', async () => {
    const email = uniqueEmail();
    expect(await subscribe({ email, language: 'kk', case: 'erzhan-elshibayev' })).toEqual({ ok: true });
    const [pending] = await db().select().from(subscriptions).innerJoin(subscribers, eq(subscribers.id, subscriptions.subscriberId)).where(eq(subscribers.email, email));
    expect(pending!.subscriptions.status).toBe('pending');
    const mails = await db().select().from(mailMessages).where(eq(mailMessages.to, email));
    expect(mails.map((m) => [m.template, m.locale])).toEqual([['confirm-subscription', 'kk']]);

    const id = await aPublishedUpdate({ case: await caseIdOf('erzhan-elshibayev'), 'title.en': 'Pending test', 'body.en': 'Text.' });
    await fanOutUpdate(id);
    expect((await updateMessages(id)).map((m) => m.to)).not.toContain(email);

    const token = await confirmTokenFor(email);
    expect(await confirmSubscription(token, 'kk')).toMatchObject({ status: 'confirmed', caseSlug: 'erzhan-elshibayev' });
    // A mail scanner opened it first; the person's own click says the same and changes nothing.
    expect(await confirmSubscription(token, 'kk')).toMatchObject({ status: 'confirmed' });
    expect(await subscribe({ email: email.toUpperCase(), language: 'en', case: 'erzhan-elshibayev' })).toEqual({ ok: true });
    expect(await db().select().from(mailMessages).where(eq(mailMessages.to, email.toUpperCase()))).toHaveLength(0);
  });

  it('lets a confirmation link expire after a week, and refuses a forged one', async () => {
    const email = uniqueEmail();
    const long = new Date(Date.now() - 8 * 86_400_000);
    await subscribe({ email, language: 'en', case: 'all' }, long);
    expect(await confirmSubscription(await confirmTokenFor(email), 'en')).toEqual({ status: 'expired' });
    expect(await confirmSubscription('x'.repeat(43), 'en')).toEqual({ status: 'invalid' });
    expect(await confirmSubscription('<script>', 'en')).toEqual({ status: 'invalid' });
  });

  it('subscribes a petition signer who asked for updates, in the transaction that confirms their signature', async () => {
    const email = uniqueEmail('signer');
    const form = { name: 'Aigerim', email, country: 'KZ', wantsUpdates: 'on', locale: 'ru', website: '' };
    expect(await signPetition('free-erzhan-elshibayev', form, { ip: '198.51.100.77' })).toEqual({ ok: true });
    const [signature] = await db().select().from(signatures).where(eq(signatures.email, email));
    expect(await db().select().from(subscribers).where(eq(subscribers.email, email))).toHaveLength(0);
    await confirmSignature(signatureToken('confirm', signature!.id));
    const rows = await db()
      .select({ status: subscriptions.status, caseId: subscriptions.caseId, locale: subscribers.locale })
      .from(subscriptions)
      .innerJoin(subscribers, eq(subscribers.id, subscriptions.subscriberId))
      .where(eq(subscribers.canonicalEmail, canonicalEmail(email)));
    expect(rows).toEqual([{ status: 'confirmed', caseId: await caseIdOf('erzhan-elshibayev'), locale: 'ru' }]);
  });
});

describe('preferences', () => {
  it('changes the language and the cases followed, and leaving everything suppresses the address', async () => {
    const email = uniqueEmail();
    await aSubscriber(email, 'nurbek-kushakbayev');
    const [subscriber] = await db().select().from(subscribers).where(eq(subscribers.email, email));
    const token = preferencesToken(subscriber!.id);
    expect(await readPreferences(token, 'en')).toMatchObject({ ok: true, preferences: { locale: 'en', following: ['nurbek-kushakbayev'] } });

    expect(await savePreferences(token, { language: 'ru', follow: ['all', 'aron-atabek'] })).toEqual({ ok: true });
    const after = await readPreferences(token, 'en');
    expect(after.ok && after.preferences.locale).toBe('ru');
    expect(after.ok && [...after.preferences.following].sort()).toEqual(['all', 'aron-atabek']);
    expect(await savePreferences(token, { language: 'xx', follow: [] })).toMatchObject({ ok: false, reason: 'input' });

    expect(await leaveEverything(token)).toEqual({ ok: true });
    expect(await db().select().from(subscriptions).where(eq(subscriptions.subscriberId, subscriber!.id))).toHaveLength(0);
    expect(await isSuppressed(email, UPDATES_LIST_ID)).toBe(true);
  });

  it('tells a tampered link from an expired one', async () => {
    const email = uniqueEmail();
    await aSubscriber(email, 'all');
    const [subscriber] = await db().select().from(subscribers).where(eq(subscribers.email, email));
    const token = preferencesToken(subscriber!.id);
    const [id, expires, signature] = token.split('.');
    expect(await readPreferences(`${id}.${(parseInt(expires!, 36) + 1000).toString(36)}.${signature}`, 'en')).toEqual({ ok: false, reason: 'invalid' });
    expect(await readPreferences(`${token}x`, 'en')).toEqual({ ok: false, reason: 'invalid' });
    expect(await readPreferences('garbage', 'en')).toEqual({ ok: false, reason: 'invalid' });
    const old = preferencesToken(subscriber!.id, new Date(Date.now() - 31 * 86_400_000));
    expect(await readPreferences(old, 'en')).toEqual({ ok: false, reason: 'expired' });
    expect(await savePreferences(old, { language: 'en', follow: [] })).toEqual({ ok: false, reason: 'expired' });
  });
});
