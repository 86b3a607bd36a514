import { cookies, headers } from 'next/headers';
import { appUrl } from '@/lib/site-url';
import { DASHBOARD_LOCALE_COOKIE, resolveDashboardLocale } from '@/lib/i18n/dashboard-locale';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { currentActor } from './session';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The dashboard's language for this request (see resolveDashboardLocale for the order). */
export async function dashboardLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(DASHBOARD_LOCALE_COOKIE)?.value;
  // A choice in this browser needs no look-up of who is signed in.
  if (isLocale(cookie)) return cookie;
  const actor = await currentActor();
  return resolveDashboardLocale({ organiser: actor?.locale, acceptLanguage: (await headers()).get('accept-language') });
}

/** Remembers the choice in this browser, for the dashboard's paths only. */
export async function rememberDashboardLocale(locale: Locale): Promise<void> {
  (await cookies()).set(DASHBOARD_LOCALE_COOKIE, locale, {
    path: '/admin',
    maxAge: YEAR_SECONDS,
    httpOnly: true,
    sameSite: 'lax',
    secure: appUrl().startsWith('https:'),
  });
}
