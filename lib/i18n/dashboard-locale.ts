import { acceptedLocale } from './accept-language';
import { defaultLocale, isLocale, type Locale } from './locales';

// The dashboard has no language in its paths (it is one screen per organiser, behind sign-in), so
// its language is the organiser's choice: remembered by this browser in a cookie, and on their own
// record so a new browser and the mail sent to them use it too.

export const DASHBOARD_LOCALE_COOKIE = 'dashboard-locale';

/**
 * The dashboard's language from what a request and an organiser's record say: the choice made in
 * this browser, else the organiser's saved choice, else the browser's Accept-Language (the sign-in
 * page before any choice), else English.
 */
export function resolveDashboardLocale(sources: { cookie?: string | null; organiser?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.cookie)) return sources.cookie;
  if (isLocale(sources.organiser)) return sources.organiser;
  return acceptedLocale(sources.acceptLanguage) ?? defaultLocale;
}
