import { cookies, headers } from 'next/headers';
import { db } from '@/db/client';
import { organisers } from '@/db/schema';
import { DASHBOARD_LOCALE_COOKIE, resolveDashboardLocale } from '@/lib/i18n/dashboard-locale';
import type { Locale } from '@/lib/i18n/locales';
import { enqueueMail } from '@/lib/mail/enqueue';
import { appUrl } from '@/lib/site-url';
import { byEmail } from './queries';

/** Sign-in links work for this long, and once. */
export const SIGN_IN_LINK_MINUTES = 15;

/**
 * The link we email: our own confirmation page, not Auth.js's callback. Opening it changes nothing
 * (mail scanners open links before people do); the page's "Sign in" button posts the token. Built
 * from APP_URL, never from the request's Host header, so a forged Host cannot redirect the token.
 */
export function signInLink(token: string, email: string): string {
  return `${appUrl()}/admin/sign-in/confirm?${new URLSearchParams({ token, email })}`;
}

/**
 * The language of the sign-in mail, asked for in this request: the sign-in page's language if this
 * browser chose one, else the one saved on the organiser's record, else the browser's.
 */
export async function signInMailLocale(email: string): Promise<Locale> {
  const [[row], jar, head] = await Promise.all([
    db()
      .select({ locale: organisers.locale })
      .from(organisers)
      .where(byEmail(email))
      .limit(1),
    cookies(),
    headers(),
  ]);
  return resolveDashboardLocale({
    cookie: jar.get(DASHBOARD_LOCALE_COOKIE)?.value,
    organiser: row?.locale,
    acceptLanguage: head.get('accept-language'),
  });
}

/** Sends the sign-in link through the platform's mail pipeline (the local mailbox without Resend). */
export async function sendSignInLink(to: string, url: string, locale: Locale = 'en'): Promise<void> {
  await enqueueMail(db(), {
    template: 'organiser-sign-in',
    props: { signInUrl: url, expiresInMinutes: SIGN_IN_LINK_MINUTES },
    to,
    locale,
  });
}
