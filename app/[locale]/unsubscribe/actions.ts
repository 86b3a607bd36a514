'use server';

import { notFound, redirect } from 'next/navigation';
import { isEchoableToken, requireForm } from '@/lib/http/form-fields';
import { getLocale } from 'next-intl/server';
import { unsubscribe } from '@/lib/mail/unsubscribe';
import { preferencesUrlFromUnsubscribe } from '@/lib/subscriptions/preferences';

/** The button on the unsubscribe page: the one place, besides the one-click POST, that unsubscribes. */
export async function confirmUnsubscribe(formData: FormData) {
  const token = requireForm(formData).get('token');
  // It goes back into the redirect: only a token-shaped value.
  if (!isEchoableToken(token)) notFound();
  const result = await unsubscribe(token);
  // Answer in the language the visitor is reading the page in.
  const locale = await getLocale();
  redirect(`/${locale}/unsubscribe?${new URLSearchParams({ token, done: result.ok ? '1' : '0' })}`);
}

/** "Manage my subscription instead": a fresh preference link for the address of a case-updates unsubscribe link. */
export async function managePreferencesInstead(formData: FormData) {
  const token = String(requireForm(formData).get('token') ?? '');
  const url = await preferencesUrlFromUnsubscribe(token);
  const locale = await getLocale();
  redirect(url ?? `/${locale}/subscriptions/preferences`);
}
