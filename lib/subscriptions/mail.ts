import type { Executor } from '@/db/tx';
import type { Locale } from '@/lib/i18n/locales';
import { enqueueMail } from '@/lib/mail/enqueue';
import { appUrl } from '@/lib/site-url';
import { preferencesToken } from './tokens';

// The mails subscriptions send, each queued in the outbox inside the caller's transaction, and the
// signed link to a subscriber's own preferences that every case-update mail carries too.

export function preferencesUrl(subscriberId: string, locale: Locale, now = new Date()): string {
  return `${appUrl()}/${locale}/subscriptions/preferences?${new URLSearchParams({ token: preferencesToken(subscriberId, now) })}`;
}

/** Asks to confirm a subscription; a new token makes a new mail (the idempotency key carries its hash). */
export async function sendConfirmSubscriptionMail(
  tx: Executor,
  mail: { subscriptionId: string; subscriberId: string; email: string; language: Locale; caseName: string; token: string; tokenHash: string; now: Date },
): Promise<void> {
  // The language asked for now is the one the confirmation speaks; it becomes the subscriber's on confirming.
  await enqueueMail(tx, {
    template: 'confirm-subscription',
    to: mail.email,
    locale: mail.language,
    props: {
      caseName: mail.caseName,
      confirmUrl: `${appUrl()}/${mail.language}/subscriptions/confirm?${new URLSearchParams({ token: mail.token, lang: mail.language })}`,
      preferencesUrl: preferencesUrl(mail.subscriberId, mail.language, mail.now),
    },
    idempotencyKey: `confirm-subscription:${mail.subscriptionId}:${mail.tokenHash}`,
  });
}

/** A fresh preference link; at most one mail an hour per subscriber (the idempotency key carries the hour). */
export async function sendPreferencesLinkMail(executor: Executor, subscriber: { id: string; email: string }, locale: Locale, now: Date): Promise<void> {
  await enqueueMail(executor, {
    template: 'subscription-preferences',
    to: subscriber.email,
    locale,
    props: { preferencesUrl: preferencesUrl(subscriber.id, locale, now) },
    idempotencyKey: `subscription-preferences:${subscriber.id}:${now.toISOString().slice(0, 13)}`,
  });
}
