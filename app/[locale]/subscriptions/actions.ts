'use server';

import { notFound, redirect } from 'next/navigation';
import { isEchoableToken, requireForm as formOf } from '@/lib/http/form-fields';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { leaveEverything, requestPreferencesLink, savePreferences } from '@/lib/subscriptions/preferences';

/** The preference token, which goes back into the redirect: only a token-shaped value. */
function tokenOf(form: FormData): string {
  const token = form.get('token');
  if (!isEchoableToken(token)) notFound();
  return token;
}

const pageLocale = (form: FormData): Locale => {
  const value = form.get('pageLocale');
  return isLocale(value) ? value : 'en';
};

export async function savePreferencesAction(form: FormData): Promise<void> {
  const token = tokenOf(formOf(form));
  const result = await savePreferences(token, { language: form.get('language'), follow: form.getAll('follow').map(String) });
  const language = form.get('language');
  const locale = result.ok && isLocale(language) ? language : pageLocale(form);
  redirect(`/${locale}/subscriptions/preferences?${new URLSearchParams({ token, done: result.ok ? 'saved' : 'error' })}`);
}

export async function leaveEverythingAction(form: FormData): Promise<void> {
  const token = tokenOf(formOf(form));
  const result = await leaveEverything(token);
  redirect(`/${pageLocale(form)}/subscriptions/preferences?${new URLSearchParams({ token, done: result.ok ? 'left' : 'error' })}`);
}

export async function requestLinkAction(form: FormData): Promise<void> {
  formOf(form);
  const locale = pageLocale(form);
  const email = String(form.get('email') ?? '').slice(0, 320);
  const result = await requestPreferencesLink(email, locale);
  redirect(`/${locale}/subscriptions/preferences?${new URLSearchParams(result.ok ? { sent: '1' } : { askError: 'invalidEmail', email })}`);
}
