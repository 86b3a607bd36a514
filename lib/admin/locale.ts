import { eq, sql } from 'drizzle-orm';
import { cookies, headers } from 'next/headers';
import { db } from '@/db/client';
import { organisers } from '@/db/schema';
import { currentActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/actor';
import { acceptedLocale } from '@/lib/i18n/accept-language';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';
import { appUrl } from '@/lib/env';

// The dashboard has no language in its paths (it is one screen per organiser, behind sign-in), so
// its language is the organiser's choice: remembered by this browser in a cookie, and on their own
// record so a new browser and the mail sent to them use it too.

export const DASHBOARD_LOCALE_COOKIE = 'dashboard-locale';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** What a browser and an organiser's record say, in the order the dashboard reads them. */
export function resolveDashboardLocale(sources: { cookie?: string | null; organiser?: Locale | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.cookie)) return sources.cookie;
  if (isLocale(sources.organiser)) return sources.organiser;
  return acceptedLocale(sources.acceptLanguage) ?? defaultLocale;
}

/**
 * The dashboard's language for this request: the choice made in this browser, else the signed-in
 * organiser's saved choice, else the browser's Accept-Language (the sign-in page before any choice),
 * else English.
 */
export async function dashboardLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(DASHBOARD_LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const actor = await currentActor();
  return resolveDashboardLocale({ organiser: actor?.locale, acceptLanguage: (await headers()).get('accept-language') });
}

/**
 * The language of a mail to an organiser, asked for in this request (the sign-in link): the page's
 * language if this browser chose one, else the one saved on their record, else the browser's.
 */
export async function mailLocaleForOrganiser(email: string): Promise<Locale> {
  const [row] = await db()
    .select({ locale: organisers.locale })
    .from(organisers)
    .where(sql`lower(${organisers.email}) = ${email.toLowerCase()}`)
    .limit(1);
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return resolveDashboardLocale({
    cookie: jar.get(DASHBOARD_LOCALE_COOKIE)?.value,
    organiser: row?.locale,
    acceptLanguage: head.get('accept-language'),
  });
}

/** Saves an organiser's language on their record. Not audited: it is their own preference, not campaign data. */
export async function saveOrganiserLocale(actor: Actor, locale: Locale): Promise<void> {
  await db().update(organisers).set({ locale }).where(eq(organisers.id, actor.organiserId));
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
